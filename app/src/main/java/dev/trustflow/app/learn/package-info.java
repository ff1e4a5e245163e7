/**
 * What the app remembers for a student and reads from them: the user's config folder, settings and progress
 * stored as JSON (atomic writes, a corrupt file kept aside), the lessons folder watched for edits.
 */
package dev.trustflow.app.learn;
