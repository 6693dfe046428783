package nl.overstap.contact;

import org.jspecify.annotations.Nullable;

/** A contact as typed. Date and time are separate fields (dd-mm-jjjj and uu:mm). */
public record ContactForm(
        @Nullable String date,
        @Nullable String time,
        @Nullable String channel,
        @Nullable String counterpart,
        @Nullable String reached,
        @Nullable String durationMinutes,
        @Nullable String note) {}
