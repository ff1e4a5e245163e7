/**
 * Side by side: one scenario run with two settings of a what-if, two stages stepping together under one
 * transport, and a badge where the runs part ways. View-models here hold no nodes; the views are thin.
 */
package dev.trustflow.app.compare;
