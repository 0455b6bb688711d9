package org.crimegraph.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The shape of a synthetic organised-crime network, in primitive arrays indexed by person (a million persons
 * take a few tens of megabytes). Persons {@code 0 … members-1} belong to cells laid out one after the other;
 * persons {@code members … n-1} are pendant contacts (a partner, a relative, a customer) each tied to one cell
 * member only.
 *
 * <ul>
 *   <li><b>Cells</b> have heavy-tailed sizes: a discrete power law (Pareto, exponent {@value #ALPHA}, at least
 *       {@value #MIN_CELL} members, capped), so most cells are small and a few are very large.</li>
 *   <li>Inside a cell: position 0 is the <b>leader</b>, who calls at most two <b>lieutenants</b> and almost
 *       never (he acts through them and meets them); then the lieutenants, who call each other and their
 *       members; then the <b>couriers</b> (vehicles, cross-Channel trips in convoy); then the members, each
 *       answering to one lieutenant and calling a few peers.</li>
 *   <li><b>Brokers</b>: in every cell a few non-leaders also call persons of other cells (chosen uniformly
 *       among all members, so large cells attract more ties).</li>
 *   <li><b>Weak ties</b>: about {@value #WEAK_TIE_SHARE} of the members also call one acquaintance in
 *       another cell now and then.</li>
 *   <li><b>Pendant contacts</b> have exactly one tie, to a non-leader member of some cell: a few calls, or a
 *       recorded family or social association.</li>
 *   <li>Some members changed phone during the case; a few pairs share a burner.</li>
 * </ul>
 */
final class CaseStructure {

    static final byte LEADER = 0;
    static final byte LIEUTENANT = 1;
    static final byte COURIER = 2;
    static final byte MEMBER = 3;
    static final byte PENDANT = 4;

    static final double ALPHA = 2.3;
    static final int MIN_CELL = 6;
    static final int MAX_CELL = 1_000;
    /** Share of persons who are pendant contacts. */
    static final double PENDANT_SHARE = 0.25;
    /** Mean number of peers a member calls inside the cell (besides their lieutenant). */
    static final double MEAN_PEERS = 8;
    /** Share of members who also call one acquaintance in another cell (a weak tie). */
    static final double WEAK_TIE_SHARE = 0.3;

    final int n;
    final int members;
    final int[] cellStart;
    final int[] cellSize;
    /** Country of each cell: 0 = GB, 1 = FR. */
    final byte[] cellCountry;
    final int[] cellOf;
    final byte[] role;
    /** Members: their lieutenant; lieutenants: the leader; pendants: their one contact; leaders: -1. */
    final int[] boss;
    /** Brokers: persons who also call into other cells. */
    final boolean[] broker;

    /** Call pairs (person indices) and the relative frequency of their calls beyond the first. */
    int[] pairA;
    int[] pairB;
    float[] pairWeight;
    int pairs;

    /** Associations recorded: pair, kind (see {@link #ASSOCIATION_KINDS}). */
    int[] assocA;
    int[] assocB;
    byte[] assocKind;
    int associations;
    static final String[] ASSOCIATION_KINDS = {"family", "lives_with", "social", "criminal"};

    /** Second phone (index in the phone numbering, see {@link #phoneCount}) and when it replaced the first; -1 if none. */
    final int[] secondPhone;
    final long[] changeAt;
    /** Burner phone shared with one other person, or -1. */
    final int[] burner;
    /** Users of burner {@code k} are {@code burnerUsers[2k]} and {@code burnerUsers[2k+1]}. */
    int[] burnerUsers;
    int burners;
    int phoneCount;

    CaseStructure(int n, SplittableRandom random, long startSecond, long spanSeconds) {
        this.n = n;
        int pendants = (int) Math.floor(n * PENDANT_SHARE);
        this.members = n - pendants;
        int[][] cells = cellSizes(members, random);
        cellStart = cells[0];
        cellSize = cells[1];
        int cellCount = cellStart.length;
        cellCountry = new byte[cellCount];
        cellOf = new int[n];
        role = new byte[n];
        boss = new int[n];
        broker = new boolean[n];
        Arrays.fill(boss, -1);
        pairA = new int[Math.max(16, n * 7)];
        pairB = new int[pairA.length];
        pairWeight = new float[pairA.length];
        assocA = new int[Math.max(16, n / 2)];
        assocB = new int[assocA.length];
        assocKind = new byte[assocA.length];

        for (int c = 0; c < cellCount; c++) {
            cellCountry[c] = (byte) random.nextInt(2);
            layOutCell(c, random);
        }
        for (int c = 0; c < cellCount; c++) {
            callsInCell(c, random);
        }
        if (cellCount > 1) {
            for (int p = 0; p < members; p++) {
                if (role[p] != LEADER && random.nextDouble() < WEAK_TIE_SHARE) {
                    int other = randomNonLeaderMember(random);
                    if (cellOf[other] != cellOf[p]) {
                        addPair(p, other, 0.3f);
                    }
                }
                if (broker[p]) {
                    int ties = 1 + geometric(random, 1.0);
                    for (int t = 0; t < ties; t++) {
                        int other = randomNonLeaderMember(random);
                        if (cellOf[other] != cellOf[p]) {
                            addPair(p, other, 0.8f);
                        }
                    }
                }
            }
        }
        for (int p = members; p < n; p++) {
            int contact = randomNonLeaderMember(random);
            role[p] = PENDANT;
            boss[p] = contact;
            cellOf[p] = cellOf[contact];
            if (random.nextDouble() < 0.8) {
                addPair(p, contact, 0.3f);
            } else {
                addAssociation(p, contact, random.nextBoolean() ? 0 : 2);
            }
        }

        secondPhone = new int[n];
        changeAt = new long[n];
        burner = new int[n];
        Arrays.fill(secondPhone, -1);
        Arrays.fill(burner, -1);
        phoneCount = n;
        burnerUsers = new int[16];
        for (int p = 0; p < members; p++) {
            if (role[p] != LEADER && random.nextDouble() < 0.05) {
                secondPhone[p] = phoneCount++;
                changeAt[p] = startSecond + 1 + random.nextLong(Math.max(1, spanSeconds - 1));
            }
        }
        for (int c = 0; c < cellCount; c++) {
            if (cellSize[c] >= 8 && random.nextDouble() < 0.3) {
                int a = cellStart[c] + 1 + random.nextInt(cellSize[c] - 1);
                int b = cellStart[c] + 1 + random.nextInt(cellSize[c] - 1);
                if (a != b && burner[a] < 0 && burner[b] < 0) {
                    if (2 * burners + 2 > burnerUsers.length) {
                        burnerUsers = Arrays.copyOf(burnerUsers, burnerUsers.length * 2);
                    }
                    burnerUsers[2 * burners] = a;
                    burnerUsers[2 * burners + 1] = b;
                    burner[a] = phoneCount;
                    burner[b] = phoneCount;
                    burners++;
                    phoneCount++;
                }
            }
        }
    }

    int cells() {
        return cellStart.length;
    }

    /** Heavy-tailed cell sizes summing to {@code members}: {starts, sizes}. */
    private static int[][] cellSizes(int members, SplittableRandom random) {
        int cap = Math.max(MIN_CELL, Math.min(MAX_CELL, members / 4));
        int[] sizes = new int[16];
        int count = 0;
        int used = 0;
        while (used < members) {
            int size = (int) Math.min(cap, Math.floor(MIN_CELL * Math.pow(1 - random.nextDouble(), -1 / (ALPHA - 1))));
            int left = members - used;
            if (left - size < MIN_CELL) {
                size = left; // the remainder joins this cell rather than forming a cell too small to have roles
            }
            if (count == sizes.length) {
                sizes = Arrays.copyOf(sizes, count * 2);
            }
            sizes[count++] = size;
            used += size;
        }
        int[] starts = new int[count];
        for (int c = 1; c < count; c++) {
            starts[c] = starts[c - 1] + sizes[c - 1];
        }
        return new int[][] {starts, Arrays.copyOf(sizes, count)};
    }

    /** Number of lieutenants of a cell of {@code size}. */
    static int lieutenants(int size) {
        return Math.max(1, Math.min(Math.min(8, 1 + size / 15), size - 1));
    }

    /** Number of couriers of a cell of {@code size}. */
    static int couriers(int size) {
        if (size < MIN_CELL) {
            return 0;
        }
        return Math.min(size - 1 - lieutenants(size), Math.max(1, (int) Math.round(0.12 * size)));
    }

    private void layOutCell(int c, SplittableRandom random) {
        int start = cellStart[c];
        int size = cellSize[c];
        int l = lieutenants(size);
        int k = couriers(size);
        for (int i = 0; i < size; i++) {
            int p = start + i;
            cellOf[p] = c;
            if (i == 0) {
                role[p] = LEADER;
            } else if (i <= l) {
                role[p] = LIEUTENANT;
                boss[p] = start;
            } else {
                role[p] = i <= l + k ? COURIER : MEMBER;
                boss[p] = start + 1 + random.nextInt(l);
            }
        }
        int brokers = 1 + size / 50;
        for (int b = 0; b < brokers; b++) {
            broker[start + 1 + random.nextInt(size - 1)] = true;
        }
    }

    private void callsInCell(int c, SplittableRandom random) {
        int start = cellStart[c];
        int size = cellSize[c];
        int l = lieutenants(size);
        // the leader: one or two lieutenants, a call or two a year
        for (int i = 1; i <= Math.min(l, 2); i++) {
            addPair(start, start + i, 0.02f);
        }
        addAssociation(start, start + 1, random.nextBoolean() ? 0 : 3);
        for (int i = 1; i <= l; i++) {
            for (int j = i + 1; j <= l; j++) {
                addPair(start + i, start + j, 1.5f);
            }
        }
        for (int i = l + 1; i < size; i++) {
            int p = start + i;
            addPair(p, boss[p], 2.5f);
            if (random.nextDouble() < 0.3) {
                addAssociation(p, boss[p], 3);
            }
            int peers = Math.min(size - l - 2, geometric(random, MEAN_PEERS));
            for (int t = 0; t < peers; t++) {
                int q = start + l + 1 + random.nextInt(size - l - 1);
                if (q != p) {
                    addPair(p, q, (float) Math.exp(random.nextGaussian() * 0.8));
                }
            }
            double r = random.nextDouble();
            if (r < 0.04 && size - l - 1 > 1) {
                int q = start + l + 1 + random.nextInt(size - l - 1);
                if (q != p) {
                    addAssociation(p, q, 1); // lives_with (and a shared address, see the writer)
                }
            } else if (r < 0.12) {
                int q = start + 1 + random.nextInt(size - 1);
                if (q != p) {
                    addAssociation(p, q, 2);
                }
            }
        }
    }

    /** A uniformly chosen cell member who is not a leader. */
    int randomNonLeaderMember(SplittableRandom random) {
        while (true) {
            int p = random.nextInt(members);
            if (role[p] != LEADER) {
                return p;
            }
        }
    }

    private void addPair(int a, int b, float weight) {
        if (pairs == pairA.length) {
            int grown = pairs + (pairs >> 1) + 16;
            pairA = Arrays.copyOf(pairA, grown);
            pairB = Arrays.copyOf(pairB, grown);
            pairWeight = Arrays.copyOf(pairWeight, grown);
        }
        pairA[pairs] = a;
        pairB[pairs] = b;
        pairWeight[pairs] = weight;
        pairs++;
    }

    private void addAssociation(int a, int b, int kind) {
        if (associations == assocA.length) {
            int grown = associations + (associations >> 1) + 16;
            assocA = Arrays.copyOf(assocA, grown);
            assocB = Arrays.copyOf(assocB, grown);
            assocKind = Arrays.copyOf(assocKind, grown);
        }
        assocA[associations] = a;
        assocB[associations] = b;
        assocKind[associations] = (byte) kind;
        associations++;
    }

    /** Shuffles the call pairs (Fisher–Yates), so that the calls file is not ordered by cell. */
    void shufflePairs(SplittableRandom random) {
        for (int i = pairs - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int ta = pairA[i];
            pairA[i] = pairA[j];
            pairA[j] = ta;
            int tb = pairB[i];
            pairB[i] = pairB[j];
            pairB[j] = tb;
            float tw = pairWeight[i];
            pairWeight[i] = pairWeight[j];
            pairWeight[j] = tw;
        }
    }

    /** The person's country, {@code GB} or {@code FR} (a pendant's is their contact's). */
    String country(int person) {
        return cellCountry[cellOf[person]] == 0 ? "GB" : "FR";
    }

    /** The number of phone {@code phone} (a person's first, second or burner phone). */
    String phoneNumber(int phone, int user) {
        return SyntheticIdentifiers.mobile(phone, country(user));
    }

    /** The phone {@code person} uses at {@code second}; burners are picked by the caller of this method. */
    int phoneAt(int person, long second) {
        return secondPhone[person] >= 0 && second >= changeAt[person] ? secondPhone[person] : person;
    }

    /** A geometric count with the given mean (0, 1, 2, …). */
    static int geometric(SplittableRandom random, double mean) {
        double p = 1 / (1 + mean);
        return (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p));
    }
}
