package dev.trustflow.app.handshake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HexDumpTest {

    @Test
    void sixteenBytesALineInGroupsOfFourAfterTheOffset() {
        String hex = "000102030405060708090a0b0c0d0e0f" + "1011";

        assertThat(HexDump.of(hex)).isEqualTo("0000  00010203 04050607 08090a0b 0c0d0e0f\n0010  1011");
        assertThat(HexDump.lines(18)).isEqualTo(2);
        assertThat(HexDump.lines(16)).isEqualTo(1);
    }

    @Test
    void nothingIsAnEmptyDump() {
        assertThat(HexDump.of("")).isEmpty();
        assertThat(HexDump.lines(0)).isZero();
    }
}
