package dev.trustflow.app.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotificationsTest {

    private final Notifications notices = new Notifications();

    @Test
    void keepsOneLineAndANewIdEachTime() {
        notices.error("trace.json:3: unexpected token\n   at line 3");
        Notice first = notices.getCurrent();
        assertThat(first.text()).isEqualTo("trace.json:3: unexpected token");
        assertThat(first.level()).isEqualTo(Notice.Level.ERROR);
        notices.error("trace.json:3: unexpected token");
        assertThat(notices.getCurrent().id()).isGreaterThan(first.id());
        notices.dismiss();
        assertThat(notices.getCurrent()).isNull();
    }

    @Test
    void blankTextStillSaysSomething() {
        notices.info("  ");
        assertThat(notices.getCurrent().text()).isEqualTo("Something went wrong");
        assertThat(notices.getCurrent().level().styleClass()).isEqualTo("notice-info");
    }
}
