package org.cofile.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource({
        "'(415) 555-0100', US, +14155550100",
        "'415.555.0100', US, +14155550100",
        "'+1 415 555 0100', GB, +14155550100",
        "'07700 900123', GB, +447700900123",
        "'+44 7700 900123', US, +447700900123",
        "'0612345678', FR, +33612345678"
    })
    void aNumberIsKeptAsE164WhateverWayItWasTyped(String typed, String country, String e164) {
        assertThat(MobileNumber.e164(typed, country)).contains(e164);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"'123', US", "'555 0100', US", "'+1 415', GB", "'4155550100', ", "'call me', US"})
    void whatCannotBeAPhoneNumberIsRefused(String typed, String country) {
        assertThat(MobileNumber.e164(typed, country)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" stops texts")
    @ValueSource(strings = {"STOP", "stop", " Stop. ", "STOPALL", "unsubscribe", "Cancel", "END", "quit!"})
    void theOptOutWordsOfTheCtiaStopTexts(String reply) {
        assertThat(MobileNumber.isStop(reply)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" does not")
    @ValueSource(strings = {"", "YES", "please stop sending", "STOP IT", "HELP", "START"})
    void otherRepliesDoNot(String reply) {
        assertThat(MobileNumber.isStop(reply)).isFalse();
    }

    @Test
    void noReplyIsNoStop() {
        assertThat(MobileNumber.isStop(null)).isFalse();
        assertThat(MobileNumber.e164(null, "US")).isEmpty();
    }
}
