package dev.trustflow.app.inspector;

/**
 * One claim of a JWT payload.
 *
 * @param name  claim name ({@code exp})
 * @param value its value as text (dates as virtual-time dates with the raw number)
 * @param note  what it means for a person ("expired 5 min before this event"), or empty
 */
public record ClaimRow(String name, String value, String note) {
}
