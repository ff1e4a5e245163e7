/** Test-only helpers: a small scenario with real HMAC checks, used until real scenarios are merged. */
package dev.trustflow.app.testsupport;
