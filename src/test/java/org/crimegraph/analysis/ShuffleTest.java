package org.crimegraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link Shuffle}: Durstenfeld's Fisher–Yates, the order {@link Collections#shuffle(List, Random)} gives. */
class ShuffleTest {

    @Test
    void aPermutationIsTheOrderCollectionsShuffleGivesForTheSameSeed() {
        for (int n : new int[] {0, 1, 2, 7, 100}) {
            for (long seed = 1; seed <= 5; seed++) {
                List<Integer> expected = new ArrayList<>(IntStream.range(0, n).boxed().toList());
                Collections.shuffle(expected, new Random(seed));
                assertThat(Shuffle.permutation(n, new Random(seed))).as("n %d seed %d", n, seed)
                        .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameOrderAndEveryValueOnce() {
        int[] a = Shuffle.permutation(1000, new SplittableRandom(42));
        assertThat(Shuffle.permutation(1000, new SplittableRandom(42))).containsExactly(a);
        assertThat(a).containsExactlyInAnyOrder(IntStream.range(0, 1000).toArray());
        assertThat(a).isNotEqualTo(IntStream.range(0, 1000).toArray());
        assertThat(Shuffle.permutation(1000, new SplittableRandom(43))).isNotEqualTo(a);
    }

    @Test
    void shuffleReordersTheGivenValues() {
        int[] pool = {10, 20, 30, 40, 50};
        Shuffle.shuffle(pool, new Random(3));
        List<Integer> expected = new ArrayList<>(List.of(10, 20, 30, 40, 50));
        Collections.shuffle(expected, new Random(3));
        assertThat(pool).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }
}
