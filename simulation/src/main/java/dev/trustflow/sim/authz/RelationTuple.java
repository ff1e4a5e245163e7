package dev.trustflow.sim.authz;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Zanzibar relation tuple, {@code object#relation@subject}: the subject is a user ({@code user:bob}) or a
 * userset, every subject that has a relation on another object ({@code folder:finance#viewer}).
 *
 * @param object          {@code type:id} of the object the relation is on
 * @param relation        the relation, such as {@code viewer}
 * @param subject         {@code type:id} of the subject
 * @param subjectRelation the subject's relation when the subject is a userset, else null
 */
public record RelationTuple(String object, String relation, String subject, String subjectRelation) {

    private static final String NAME = "[a-z][a-z0-9_-]*";
    private static final String REF = NAME + ":[A-Za-z0-9_.-]+";
    private static final Pattern TEXT = Pattern.compile("(" + REF + ")#(" + NAME + ")@(" + REF + ")(?:#("
            + NAME + "))?");

    public RelationTuple {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(subject, "subject");
    }

    /** Reads {@code object#relation@subject} or {@code object#relation@subject#relation}. */
    public static RelationTuple parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a relation tuple (object#relation@subject[#relation]): "
                    + text);
        }
        return new RelationTuple(m.group(1), m.group(2), m.group(3), m.group(4));
    }

    /** Whether the subject is a userset rather than one user. */
    public boolean subjectIsUserset() {
        return subjectRelation != null;
    }

    /** The userset this tuple's relation defines: {@code object#relation}. */
    public String userset() {
        return object + "#" + relation;
    }

    @Override
    public String toString() {
        return userset() + "@" + subject + (subjectRelation == null ? "" : "#" + subjectRelation);
    }
}
