/** Plain-text formatting shared by views: durations ("+20 min"), virtual clock times. Pure, unit-tested. */
package dev.trustflow.app.format;
