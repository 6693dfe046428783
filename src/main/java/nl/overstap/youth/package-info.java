/**
 * Young people: registration with validation (age 16-27, Dutch postcode, BSN elfproef), the BSN kept
 * encrypted and shown masked, duplicate warnings, search within the user's scope, and the rule that
 * decides which professionals may see which youth. Does not know about trajectories or contacts.
 */
@NullMarked
package nl.overstap.youth;

import org.jspecify.annotations.NullMarked;
