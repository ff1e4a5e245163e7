/**
 * Lesson 20, the capstone: a deliberately bad small shop with the common design mistakes. Each mistake has a fix
 * (a what-if); every run, one attack per mistake is really attempted through the world against the real check
 * (JWT and scope by {@code sim.oauth}, request signatures and nonces by {@code sim.credentials}, database logins
 * by {@code sim.vault}); a scoreboard lists which succeeded and which check stopped the others, the attack graph
 * and blast radius ({@code sim.blast}) are measured from what the attacker obtained, and with a budget of three
 * fixes the student's choice is compared with the best three, found by running the attacks for every choice.
 */
package dev.trustflow.sim.scenarios.capstone;
