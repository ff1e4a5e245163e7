package dev.trustflow.app.inspector;

/** One fact of an event ({@code status = 403}), as text. */
public record DataRow(String key, String value) {
}
