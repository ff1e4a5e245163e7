/**
 * The list on the left: what a person can open (scenarios now, lessons later), each entry naming the
 * scenario it runs and the options it presets. The list model is general; the view only draws it.
 */
package dev.trustflow.app.browser;
