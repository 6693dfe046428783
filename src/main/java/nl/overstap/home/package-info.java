/**
 * The start page after login: coaches and coordinators go to their caseload, administrators to
 * administration, partners to their youths, employers to the candidates proposed to them, and
 * analysts see what they will find here.
 */
@NullMarked
package nl.overstap.home;

import org.jspecify.annotations.NullMarked;
