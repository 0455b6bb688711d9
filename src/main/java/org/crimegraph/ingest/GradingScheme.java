package org.crimegraph.ingest;

import java.util.Locale;
import java.util.function.Function;
import org.crimegraph.model.Grade;
import org.crimegraph.model.HandlingCode;
import org.crimegraph.model.IntelligenceAssessment;
import org.crimegraph.model.Names;
import org.crimegraph.model.SourceEvaluation;

/**
 * The intelligence grading schemes a report may arrive in, each mapped onto the UK 3x5x2 grading that
 * crimegraph stores and filters on. The original grading is kept on the report as given.
 *
 * <ul>
 *   <li>{@code 3x5x2} (native; College of Policing APP "Intelligence management"): grade {@code 1B}
 *       (source 1–3, intelligence A–E), handling {@code P} or {@code C}.</li>
 *   <li>{@code 5x5x5} (the former UK National Intelligence Model): grade {@code B2} (source A–E,
 *       intelligence 1–5), handling {@code 1}–{@code 5}.</li>
 *   <li>{@code admiralty} (NATO Admiralty code, AJP-2.1 / STANAG 2511): grade {@code B2} (reliability
 *       A–F, credibility 1–6); the code has no handling part, so handling is {@code P} or {@code C}.</li>
 * </ul>
 *
 * <p>The mapping never grades a report higher than its original scheme supports: where a value falls
 * between two 3x5x2 values it takes the weaker one. The table and the reason for each row are in
 * {@code docs/grading.md}; {@code GradingSchemeTest} checks every cell.
 */
public enum GradingScheme {

    THREE_BY_FIVE_BY_TWO("3x5x2"),
    FIVE_BY_FIVE_BY_FIVE("5x5x5"),
    ADMIRALTY("admiralty");

    private final String code;

    GradingScheme(String code) {
        this.code = code;
    }

    /** The scheme's name as written in input files, e.g. {@code 5x5x5}. */
    public String code() {
        return code;
    }

    /** The scheme named {@code name} ({@code 3x5x2} when blank); throws with the accepted names. */
    public static GradingScheme of(String name) {
        if (name == null || name.isBlank()) {
            return THREE_BY_FIVE_BY_TWO;
        }
        if (name.strip().equalsIgnoreCase("nato")) {
            return ADMIRALTY;
        }
        return Names.find(GradingScheme.class, GradingScheme::code, name)
                .orElseThrow(() -> new IllegalArgumentException("grading scheme must be "
                        + Names.either(GradingScheme.class, GradingScheme::code) + ", not '" + name + "'"));
    }

    /**
     * A report's grading in this scheme, mapped onto 3x5x2.
     *
     * @param source        3x5x2 evaluation / 5x5x5 source / Admiralty reliability (and intelligence), the {@code grade} cell
     * @param handling      the {@code handling} cell
     * @return the 3x5x2 grade and handling code, with the original written as {@code scheme:grade/handling}
     * @throws InvalidFieldException naming {@code grade} or {@code handling}
     */
    public Mapped map(String source, String handling) throws InvalidFieldException {
        String grade = source == null ? "" : source.strip().toUpperCase(Locale.ROOT);
        String handlingCode = handling == null ? "" : handling.strip().toUpperCase(Locale.ROOT);
        Grade mappedGrade = switch (this) {
            case THREE_BY_FIVE_BY_TWO -> native3x5x2(grade, source);
            case FIVE_BY_FIVE_BY_FIVE -> fiveByFiveByFive(grade, source);
            case ADMIRALTY -> admiralty(grade, source);
        };
        HandlingCode mappedHandling = this == FIVE_BY_FIVE_BY_FIVE
                ? fiveByFiveByFiveHandling(handlingCode, handling)
                : nativeHandling(handlingCode, handling);
        return new Mapped(mappedGrade, mappedHandling, code + ":" + grade + "/" + handlingCode);
    }

    /**
     * A grading mapped onto 3x5x2.
     *
     * @param grade    3x5x2 evaluation
     * @param handling 3x5x2 handling code
     * @param original the grading as received, {@code scheme:grade/handling}, e.g. {@code 5x5x5:B2/4}
     */
    public record Mapped(Grade grade, HandlingCode handling, String original) {
    }

    private static Grade native3x5x2(String grade, String raw) throws InvalidFieldException {
        return parsed("grade", raw, grade, Grade::parse);
    }

    /** {@code parser}'s value for {@code value}, its refusal as an invalid {@code field} showing the cell as given. */
    private static <T> T parsed(String field, String raw, String value, Function<String, T> parser)
            throws InvalidFieldException {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, raw, e.getMessage());
        }
    }

    /**
     * A two-character grade (a letter for the source, a digit for the intelligence) read through two
     * tables, once it matches {@code pattern}.
     */
    private static Grade twoCharacter(String grade, String raw, String pattern, String message,
                                      Function<Character, SourceEvaluation> source,
                                      Function<Character, IntelligenceAssessment> intelligence)
            throws InvalidFieldException {
        if (!grade.matches(pattern)) {
            throw new InvalidFieldException("grade", raw, message);
        }
        return new Grade(source.apply(grade.charAt(0)), intelligence.apply(grade.charAt(1)));
    }

    /** 5x5x5 source A–E and intelligence 1–5 (see the class comment for the table). */
    private static Grade fiveByFiveByFive(String grade, String raw) throws InvalidFieldException {
        return twoCharacter(grade, raw, "[A-E][1-5]", "5x5x5 grade must be like B2 (source A-E, intelligence 1-5)",
                source -> switch (source) {
                    case 'A', 'B' -> SourceEvaluation.RELIABLE;       // always / mostly reliable
                    case 'E' -> SourceEvaluation.UNTESTED;            // untested source
                    default -> SourceEvaluation.NOT_RELIABLE;         // C sometimes reliable, D unreliable
                },
                intelligence -> switch (intelligence) {
                    case '1', '2' -> IntelligenceAssessment.A;        // true without reservation / known personally to the source
                    case '3' -> IntelligenceAssessment.B;             // not known personally to the source, corroborated
                    case '4' -> IntelligenceAssessment.D;             // cannot be judged
                    default -> IntelligenceAssessment.E;              // 5: suspected to be false
                });
    }

    /** Admiralty reliability A–F and credibility 1–6 (see the class comment for the table). */
    private static Grade admiralty(String grade, String raw) throws InvalidFieldException {
        return twoCharacter(grade, raw, "[A-F][1-6]", "Admiralty grade must be like B2 (reliability A-F, credibility 1-6)",
                reliability -> switch (reliability) {
                    case 'A', 'B' -> SourceEvaluation.RELIABLE;       // completely / usually reliable
                    case 'F' -> SourceEvaluation.UNTESTED;            // reliability cannot be judged
                    default -> SourceEvaluation.NOT_RELIABLE;         // C fairly, D not usually reliable, E unreliable
                },
                credibility -> switch (credibility) {
                    case '1' -> IntelligenceAssessment.B;             // confirmed by other sources: corroborated
                    case '2' -> IntelligenceAssessment.C;             // probably true
                    case '5' -> IntelligenceAssessment.E;             // improbable
                    default -> IntelligenceAssessment.D;              // 3 possibly true, 4 doubtful, 6 cannot be judged
                });
    }

    private static HandlingCode nativeHandling(String code, String raw) throws InvalidFieldException {
        return parsed("handling", raw, code, HandlingCode::fromCode);
    }

    /** 5x5x5 handling 1–2 permit sharing (P); 3–5 attach conditions or restrict it (C). */
    private static HandlingCode fiveByFiveByFiveHandling(String code, String raw) throws InvalidFieldException {
        return switch (code) {
            case "1", "2" -> HandlingCode.P;
            case "3", "4", "5" -> HandlingCode.C;
            default -> throw new InvalidFieldException("handling", raw, "5x5x5 handling code must be 1 to 5");
        };
    }
}
