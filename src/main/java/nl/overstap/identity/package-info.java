/**
 * Accounts, organisations and signing in: who may log in, with which role, for which organisation;
 * lock-out after repeated failed logins; the security filter chain. Administrators manage accounts
 * and organisations here, and nothing else: this module never touches youth data.
 */
@NullMarked
package nl.overstap.identity;

import org.jspecify.annotations.NullMarked;
