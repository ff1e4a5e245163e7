package dev.trustflow.app.layering.planted.ring;

import dev.trustflow.app.layering.planted.round.SecondOfACycle;

/** Planted violation, one half: package {@code ring} uses {@code round}, which uses {@code ring}. */
public final class FirstOfACycle {

    public SecondOfACycle next() {
        return new SecondOfACycle();
    }
}
