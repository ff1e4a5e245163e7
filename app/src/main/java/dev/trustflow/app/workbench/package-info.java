/**
 * The token workbench: paste a JWT (and optionally the issuer's JWKS, iss, aud and a time) and see it decoded
 * and really verified, check by check, offline. Like jwt.io, but nothing leaves the machine.
 */
package dev.trustflow.app.workbench;
