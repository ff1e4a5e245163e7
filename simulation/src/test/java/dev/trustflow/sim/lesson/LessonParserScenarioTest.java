package dev.trustflow.sim.lesson;

import static dev.trustflow.sim.lesson.LessonTexts.assertProblem;
import static dev.trustflow.sim.lesson.LessonTexts.goodWith;
import static dev.trustflow.sim.lesson.LessonTexts.lineOf;

import org.junit.jupiter.api.Test;

/** The parser's checks that need the scenario: its id, its options, what-ifs, and narration against real runs. */
class LessonParserScenarioTest {

    private final LessonParser parser = new LessonParser();

    private LessonParseResult parse(String text) {
        return parser.parse("lesson.md", text);
    }

    @Test
    void anUnknownScenarioSuggestsTheNearestId() {
        String text = goodWith("scenario: hash-mac-signature", "scenario: hash-mac-signatures");
        assertProblem(parse(text), lineOf(text, "scenario:"), "did you mean 'hash-mac-signature'?");
    }

    @Test
    void optionValuesAreCheckedAgainstTheScenario() {
        String bad = goodWith("protection: hash", "protection: md5");
        assertProblem(parse(bad), lineOf(bad, "protection: md5"), "option 'protection': 'md5' is not allowed",
                "one of hash, hmac, signature");
        String unknown = goodWith("protection: hash", "protecton: hash");
        assertProblem(parse(unknown), lineOf(unknown, "protecton: hash"), "has no option 'protecton'",
                "did you mean 'protection'?");
        String nested = goodWith("protection: hash", "protection: [hash]");
        assertProblem(parse(nested), lineOf(nested, "protection: [hash]"), "must be a single value");
    }

    @Test
    void whatIfsMustBeOptionKeys() {
        String text = goodWith("  - protection\n", "  - protection\n  - pkce\n");
        assertProblem(parse(text), lineOf(text, "  - pkce"), "what-if 'pkce' is not an option",
                "options: protection");
        String twice = goodWith("  - protection\n", "  - protection\n  - protection\n");
        assertProblem(parse(twice), lineOf(twice, "  - protection") + 1, "listed twice");
    }

    @Test
    void aNarrationCueThatMatchesNoEventIsReportedAtTheCue() {
        String text = goodWith("{kind: check.pass, actor: bob, check: hash.match}", "{kind: check.pass, actor: carol}");
        assertProblem(parse(text), lineOf(text, "{kind: check.pass, actor: carol}"),
                "narration cue {kind: check.pass, actor: carol} matches no event",
                "(in the run with protection=hash)");
    }

    @Test
    void anEventKindThatNeverHappensIsNamedWithTheKindsThereAre() {
        String text = goodWith("{kind: check.pass, actor: bob, check: hash.match}",
                "{kind: check.fail, actor: bob, check: hash.match}");
        assertProblem(parse(text), lineOf(text, "check.fail, actor: bob"), "no 'check.fail' event in a run of",
                "did you mean 'check.pass'?", "kinds: protocol.agreed, message.sent");
    }

    @Test
    void aMisspeltActorInACueIsNamedWithTheActorsThereAre() {
        String text = goodWith("{kind: message.sent, actor: alice}", "{kind: message.sent, actor: alcie}");
        assertProblem(parse(text), lineOf(text, "actor: alcie"), "'alcie' is not an actor of 'hash-mac-signature'",
                "did you mean 'alice'?", "actors: alice");
    }

    @Test
    void aCheckThatNeverRunsIsNamed() {
        String text = goodWith("{kind: check.pass, actor: bob, check: hash.match}",
                "{kind: check.pass, actor: bob, check: hash.matches}");
        assertProblem(parse(text), lineOf(text, "hash.matches"), "check 'hash.matches' never runs",
                "did you mean 'hash.match'?");
    }

    @Test
    void cuesMustFollowTheOrderOfTheRun() {
        String text = goodWith("""
                  - when: {kind: check.pass, actor: bob, check: hash.match}
                    only-if: {protection: [hash]}
                    text: Bob's hash check passes.
                """, """
                  - when: {kind: check.pass, actor: bob, check: hash.match}
                    only-if: {protection: [hash]}
                    text: Bob's hash check passes.
                  - when: {kind: message.sent, actor: alice}
                    text: Too late.
                """);
        assertProblem(parse(text), lineOf(text, "Too late") - 1, "matches only events before the previous cue's event");
    }

    @Test
    void aCueLimitedToAWhatIfIsCheckedInARunWithThatWhatIf() {
        String text = goodWith("{kind: check.fail, actor: bob, check: hmac.verify}",
                "{kind: check.fail, actor: bob, check: sig.verify}");
        assertProblem(parse(text), lineOf(text, "check: sig.verify"), "check 'sig.verify' never runs",
                "(in the run with protection=hmac)");
        String badValue = goodWith("only-if: {protection: hmac}", "only-if: {protection: rsa}");
        assertProblem(parse(badValue), lineOf(badValue, "protection: rsa"), "option 'protection': 'rsa' is not allowed");
    }

    @Test
    void cueShapeProblemsAreReported() {
        String noWhen = goodWith("  - when: {kind: message.sent, actor: alice}\n", "  - wen: {kind: message.sent}\n");
        LessonParseResult result = parse(noWhen);
        assertProblem(result, lineOf(noWhen, "wen:"), "unknown key 'wen' in narration cue 1", "did you mean 'when'?");
        assertProblem(result, lineOf(noWhen, "wen:"), "missing key 'when' in narration cue 1");
        String empty = goodWith("{kind: message.sent, actor: alice}", "{}");
        assertProblem(parse(empty), lineOf(empty, "when: {}"), "must set at least one of kind, actor");
        String badKind = goodWith("{kind: message.sent, actor: alice}", "{kind: Message Sent}");
        assertProblem(parse(badKind), lineOf(badKind, "Message Sent"), "must be a dotted lower-case event kind");
        String badStatus = goodWith("{kind: message.sent, actor: alice}", "{kind: http.response, status: ok}");
        assertProblem(parse(badStatus), lineOf(badStatus, "status: ok"), "'status' in narration cue 1 must be a whole number");
    }

    @Test
    void anUnknownPlaceholderIsReportedAtTheCueText() {
        String text = goodWith("text: Alice sends the order.", "text: Alice sends the order at {tme}.");
        assertProblem(parse(text), lineOf(text, "at {tme}"), "unknown placeholder {tme}", "did you mean 'time'?",
                "{data.KEY}");
        String option = goodWith("text: Alice sends the order.", "text: Alice sends it with {option.protecton}.");
        assertProblem(parse(option), lineOf(option, "{option.protecton}"), "has no option 'protecton'",
                "did you mean 'protection'?");
    }

    @Test
    void aPlaceholderTheBoundEventCannotFillNamesTheCueAndTheCombination() {
        String text = goodWith("text: Alice sends the order.", "text: Alice sends the order, exp {claim.exp}.");
        assertProblem(parse(text), lineOf(text, "{kind: message.sent, actor: alice}"),
                "placeholder {claim.exp} cannot be filled", "carries no JWT", "(in the run with protection=hash)");
        String data = goodWith("text: Alice sends the order.", "text: Alice sends it ({data.nothing}).");
        assertProblem(parse(data), lineOf(data, "{kind: message.sent, actor: alice}"),
                "has no data 'nothing'");
    }

    @Test
    void aCueThatBindsOnlyUnderSomeWhatIfValuesNamesTheCombinationWhereItDoesNot() {
        String text = goodWith("  - when: {kind: check.fail, actor: bob, check: hmac.verify}\n"
                + "    only-if: {protection: hmac}\n", "  - when: {kind: check.fail, actor: bob, check: hmac.verify}\n");
        assertProblem(parse(text), lineOf(text, "check: hmac.verify}"), "no 'check.fail' event",
                "(in the run with protection=hash)");
    }

    @Test
    void anOnlyIfThatNoOfferedCombinationSatisfiesIsReported() {
        String text = goodWith("  - protection\n", "  - protection: [hash, signature]\n");
        assertProblem(parse(text), lineOf(text, "check: hmac.verify}"), "holds in no combination");
    }

    @Test
    void offeredValuesAreCheckedAgainstTheScenarioAndMustIncludeTheStart() {
        String refused = goodWith("  - protection\n", "  - protection: [hash, md5]\n");
        assertProblem(parse(refused), lineOf(refused, "[hash, md5]"), "'md5' is not allowed");
        String noStart = goodWith("  - protection\n", "  - protection: [hmac, signature]\n");
        assertProblem(parse(noStart), lineOf(noStart, "[hmac, signature]"), "does not offer the value the lesson "
                + "starts with (hash)");
        String one = goodWith("  - protection\n", "  - protection: [hash]\n");
        assertProblem(parse(one), lineOf(one, "[hash]"), "at least two values");
    }

    @Test
    void aDurationWhatIfMustListItsValues() {
        String text = LessonTexts.GOOD.replace("scenario: hash-mac-signature", "scenario: client-credentials")
                .replace("options:\n  protection: hash\n", "").replace("  - protection\n", "  - ttl\n");
        assertProblem(parse(text), lineOf(text, "  - ttl"), "what-if 'ttl' is a duration: list the values it "
                + "offers");
    }
}
