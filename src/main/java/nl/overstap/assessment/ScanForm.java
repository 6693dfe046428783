package nl.overstap.assessment;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A scan as typed: strings only, so nothing is lost when the form comes back with errors. A
 * JavaBean rather than a record because it binds the indexed fields {@code scores[i].score}; entry
 * {@code i} is {@code LifeDomain.values()[i]}.
 */
public class ScanForm {

    private @Nullable String scanDate;
    private @Nullable String talents;
    private List<String> interests = new ArrayList<>();
    private @Nullable String wishes;
    private List<String> participants = new ArrayList<>();
    private List<Entry> scores = new ArrayList<>();

    /** The empty form for a new scan: dated today, the youth takes part, no domain scored yet. */
    public static ScanForm empty(String today) {
        ScanForm form = new ScanForm();
        form.scanDate = today;
        form.participants.add(Participant.YOUTH.name());
        form.complete();
        return form;
    }

    /** Adds missing entries (and drops extra ones) so there is exactly one per life domain. */
    public ScanForm complete() {
        while (scores.size() < LifeDomain.values().length) {
            scores.add(new Entry());
        }
        while (scores.size() > LifeDomain.values().length) {
            scores.remove(scores.size() - 1);
        }
        for (int i = 0; i < scores.size(); i++) {
            if (scores.get(i) == null) {
                scores.set(i, new Entry());
            }
        }
        return this;
    }

    /** One domain as typed; {@code score} is "1" to "5" or "UNKNOWN". */
    public static class Entry {
        private @Nullable String score;
        private @Nullable String goesWell;
        private @Nullable String needed;
        private @Nullable String explanation;

        public Entry() {}

        public Entry(
                @Nullable String score,
                @Nullable String goesWell,
                @Nullable String needed,
                @Nullable String explanation) {
            this.score = score;
            this.goesWell = goesWell;
            this.needed = needed;
            this.explanation = explanation;
        }

        public @Nullable String getScore() {
            return score;
        }

        public void setScore(@Nullable String score) {
            this.score = score;
        }

        public @Nullable String getGoesWell() {
            return goesWell;
        }

        public void setGoesWell(@Nullable String goesWell) {
            this.goesWell = goesWell;
        }

        public @Nullable String getNeeded() {
            return needed;
        }

        public void setNeeded(@Nullable String needed) {
            this.needed = needed;
        }

        public @Nullable String getExplanation() {
            return explanation;
        }

        public void setExplanation(@Nullable String explanation) {
            this.explanation = explanation;
        }
    }

    public @Nullable String getScanDate() {
        return scanDate;
    }

    public void setScanDate(@Nullable String scanDate) {
        this.scanDate = scanDate;
    }

    public @Nullable String getTalents() {
        return talents;
    }

    public void setTalents(@Nullable String talents) {
        this.talents = talents;
    }

    public List<String> getInterests() {
        return interests;
    }

    public void setInterests(@Nullable List<String> interests) {
        this.interests = interests == null ? new ArrayList<>() : new ArrayList<>(interests);
    }

    public @Nullable String getWishes() {
        return wishes;
    }

    public void setWishes(@Nullable String wishes) {
        this.wishes = wishes;
    }

    public List<String> getParticipants() {
        return participants;
    }

    public void setParticipants(@Nullable List<String> participants) {
        this.participants = participants == null ? new ArrayList<>() : new ArrayList<>(participants);
    }

    public List<Entry> getScores() {
        return scores;
    }

    public void setScores(@Nullable List<Entry> scores) {
        this.scores = scores == null ? new ArrayList<>() : new ArrayList<>(scores);
    }
}
