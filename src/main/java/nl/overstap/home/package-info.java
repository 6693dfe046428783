/**
 * The start page after login: coaches and coordinators go to their caseload, administrators to
 * administration, and partners, employers and analysts see what they will find here.
 */
@NullMarked
package nl.overstap.home;

import org.jspecify.annotations.NullMarked;
