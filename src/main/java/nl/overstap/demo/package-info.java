/**
 * The deterministic demo region (Haaglanden): organisations, demo accounts, youths with
 * trajectories in every phase, phase histories and a year of contacts. Runs only in demo mode and
 * only into an empty database; the same generator makes larger data sets for tests and benchmarks
 * ({@code --overstap.demo.youths=10000}). Writes with set-oriented batch SQL straight into the
 * modules' tables: it is a loader, not a user of the modules' APIs.
 */
@NullMarked
package nl.overstap.demo;

import org.jspecify.annotations.NullMarked;
