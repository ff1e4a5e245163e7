package dev.trustflow.sim.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RelationshipStoreTest {

    private final RelationshipStore store = new RelationshipStore()
            .rewrite("document", "viewer", "editor")
            .tuple("document:q3-plan#viewer@folder:finance#viewer")
            .tuple("document:q3-plan#editor@user:alice")
            .tuple("folder:finance#viewer@team:finance#member")
            .tuple("team:finance#member@user:bob");

    @Test
    void aFoldersViewerViewsItsDocumentsAndThePathSaysHow() {
        RebacDecision d = store.check("document:q3-plan", "viewer", "user:bob");

        assertThat(d.allowed()).isTrue();
        assertThat(d.path()).containsExactly("document:q3-plan#viewer@folder:finance#viewer",
                "folder:finance#viewer@team:finance#member", "team:finance#member@user:bob");
    }

    @Test
    void anEditorIsAViewerThroughTheRewrite() {
        RebacDecision d = store.check("document:q3-plan", "viewer", "user:alice");

        assertThat(d.allowed()).isTrue();
        assertThat(d.path()).containsExactly("document:q3-plan#viewer includes document:q3-plan#editor",
                "document:q3-plan#editor@user:alice");
    }

    @Test
    void aViewerIsNotAnEditorAndTheDenialListsWhatWasSearched() {
        RebacDecision d = store.check("document:q3-plan", "editor", "user:bob");

        assertThat(d.allowed()).isFalse();
        assertThat(d.path()).isEmpty();
        assertThat(d.visited()).containsExactly("document:q3-plan#editor");
    }

    @Test
    void aCycleOfUsersetsEnds() {
        RelationshipStore cyclic = new RelationshipStore()
                .tuple("group:a#member@group:b#member")
                .tuple("group:b#member@group:a#member");

        assertThat(cyclic.check("group:a", "member", "user:bob").allowed()).isFalse();
    }

    @Test
    void aMalformedTupleIsRefused() {
        assertThatThrownBy(() -> RelationTuple.parse("document:q3-plan@user:bob"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a relation tuple");
    }
}
