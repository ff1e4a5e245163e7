/**
 * A teacher's playlist for a class: lessons and scenarios (with their what-ifs and seed) and saved traces,
 * in order, kept in a {@code *.tfplaylist.json} file and stepped through in presenter mode.
 */
package dev.trustflow.app.playlist;
