/**
 * The quiz at the end of a lesson: a view-model that asks one question at a time, reveals why every choice is
 * right or wrong and keeps the score; the launcher that offers it for the selected lesson; and their views.
 */
package dev.trustflow.app.quiz;
