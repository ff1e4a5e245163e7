package dev.trustflow.app.layering.planted.round;

import dev.trustflow.app.layering.planted.ring.FirstOfACycle;

/** Planted violation, other half: package {@code round} uses {@code ring}, which uses {@code round}. */
public final class SecondOfACycle {

    public FirstOfACycle back() {
        return new FirstOfACycle();
    }
}
