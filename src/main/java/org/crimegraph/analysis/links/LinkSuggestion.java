package org.crimegraph.analysis.links;

import java.util.List;

/**
 * One suggested link: a pair of persons who are not linked, scored by {@link LinkPrediction}. A suggestion
 * is not evidence: it is never written to the store or to an export (docs/algorithms.md).
 *
 * @param source           the pair's smaller id
 * @param target           the other person
 * @param score            the model's probability for the pair (see {@link LinkPrediction.Result#modelled()}),
 *                         comparable only within one result
 * @param features         the structural predictors of the pair
 * @param commonNeighbours persons linked to both, in id order
 * @param reasons          the predictors that raised the score most, in words, strongest first
 * @param <V>              vertex type
 */
public record LinkSuggestion<V>(V source, V target, double score, PairFeatures features, List<V> commonNeighbours,
                                List<String> reasons) {

    public LinkSuggestion {
        commonNeighbours = List.copyOf(commonNeighbours);
        reasons = List.copyOf(reasons);
    }

    /** True if {@code person} is one of the pair. */
    public boolean involves(V person) {
        return source.equals(person) || target.equals(person);
    }
}
