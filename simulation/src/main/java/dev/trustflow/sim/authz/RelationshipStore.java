package dev.trustflow.sim.authz;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The relation tuples of one system and its userset rewrites, and the check over them ({@link #check}). A rewrite
 * {@code document#viewer includes document#editor} says that every editor of a document is also its viewer
 * (Zanzibar's computed userset). A check walks depth first, each userset once (so cycles end), and returns the
 * first path that reaches the user.
 */
public final class RelationshipStore {

    private final List<RelationTuple> tuples = new ArrayList<>();
    private final Map<String, List<String>> implied = new LinkedHashMap<>();

    /** Adds a tuple given as text ({@link RelationTuple#parse}); returns this store. */
    public RelationshipStore tuple(String text) {
        tuples.add(RelationTuple.parse(text));
        return this;
    }

    /** On objects of {@code type}, everyone with {@code included} also has {@code relation}. */
    public RelationshipStore rewrite(String type, String relation, String included) {
        implied.computeIfAbsent(type + "#" + relation, k -> new ArrayList<>()).add(included);
        return this;
    }

    public List<RelationTuple> tuples() {
        return List.copyOf(tuples);
    }

    /** The tuples and rewrites as text, one a line, as a policy file would hold them. */
    public String describe() {
        StringBuilder text = new StringBuilder("# rewrites (type#relation includes relation)\n");
        implied.forEach((relation, includes) -> includes.forEach(i ->
                text.append(relation).append(" includes ").append(i).append('\n')));
        text.append("# tuples (object#relation@subject)\n");
        tuples.forEach(t -> text.append(t).append('\n'));
        return text.toString();
    }

    /** Does {@code user} ({@code user:bob}) have {@code relation} on {@code object} ({@code document:q3-plan})? */
    public RebacDecision check(String object, String relation, String user) {
        List<String> visited = new ArrayList<>();
        Deque<String> path = new ArrayDeque<>();
        boolean found = walk(object, relation, user, new LinkedHashSet<>(), visited, path);
        return new RebacDecision(found, found ? new ArrayList<>(path) : List.of(), visited);
    }

    private boolean walk(String object, String relation, String user, Set<String> seen, List<String> visited,
                         Deque<String> path) {
        String userset = object + "#" + relation;
        if (!seen.add(userset)) {
            return false;
        }
        visited.add(userset);
        for (RelationTuple t : tuples) {
            if (!t.object().equals(object) || !t.relation().equals(relation)) {
                continue;
            }
            path.addLast(t.toString());
            if (!t.subjectIsUserset() && t.subject().equals(user)) {
                return true;
            }
            if (t.subjectIsUserset() && walk(t.subject(), t.subjectRelation(), user, seen, visited, path)) {
                return true;
            }
            path.removeLast();
        }
        for (String included : implied.getOrDefault(type(object) + "#" + relation, List.of())) {
            path.addLast(userset + " includes " + object + "#" + included);
            if (walk(object, included, user, seen, visited, path)) {
                return true;
            }
            path.removeLast();
        }
        return false;
    }

    private static String type(String object) {
        return Optional.of(object.indexOf(':')).filter(i -> i > 0).map(i -> object.substring(0, i))
                .orElseThrow(() -> new IllegalArgumentException("an object is type:id, not " + object));
    }
}
