/**
 * Young people: registration with validation (age 16-27, Dutch postcode, BSN elfproef), the BSN kept
 * encrypted and shown masked, duplicate candidates ({@link nl.overstap.youth.DuplicateCandidates}) and
 * explicit merges of two records that can be undone for a day ({@link nl.overstap.youth.YouthMerges}),
 * search within the user's scope, and the rule that decides which professionals may see which youth.
 * Other modules' tables appear here only in SQL: as rows that reference a youth and move with it in
 * a merge, and as the facts the merge policy checks (open trajectory, consent overlap, erasure).
 */
@NullMarked
package nl.overstap.youth;

import org.jspecify.annotations.NullMarked;
