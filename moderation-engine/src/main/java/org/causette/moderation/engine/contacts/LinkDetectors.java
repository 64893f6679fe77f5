package org.causette.moderation.engine.contacts;

import java.util.List;

import static org.causette.moderation.engine.contacts.ContactPatterns.*;
import static org.causette.moderation.engine.contacts.RegexContactDetector.containsAny;

/** Links, also spaced or said: "www . snapchat . com / add / x", "snapchat point com slash x", "bit ly/x", "discord gg/x". */
final class LinkDetectors {


    private LinkDetectors() {
    }

    static List<RegexContactDetector> all() {
        return List.of(
                new RegexContactDetector(ContactRules.URL, containsAny("http", "www."), "(?:https?\\s{0,2}+:\\s{0,2}+/\\s{0,2}+/\\s{0,2}+|www\\.)[a-z0-9][^\\s]{0,300}+"),
                new RegexContactDetector(ContactRules.URL, containsAny("www"),
                        "\\bwww(?:" + DOT_SPACED + "|" + DOT_WORD + ")[a-z0-9-]{1,63}+(?:" + DOT_ANY + "[a-z0-9-]{1,63}+){0,3}+" + PATH),
                new RegexContactDetector(ContactRules.URL, containsAny("."),
                        "(?<![a-z0-9@.-])(?:[a-z0-9-]{1,63}+\\.){1,4}+" + TLDS + "(?![a-z0-9-])(?:/[^\\s]{0,300}+)?"),
                new RegexContactDetector(ContactRules.URL, containsAny(".", "dot", "point"),
                        "(?<![a-z0-9@.-])[a-z0-9-]{2,63}+(?:" + DOT_SPACED + "|" + DOT_WORD + ")" + LINK_SPOKEN_TLDS + "(?![a-z0-9'-])" + PATH),
                new RegexContactDetector(ContactRules.URL, containsAny("/", "slash"),
                        "\\b" + LINK_HOSTS + "(?:" + DOT_ANY + "|\\s{1,2}+)" + LINK_HOST_TLDS
                                + "\\s{0,2}+(?:/|slash)\\s{0,2}+[a-z0-9._~%?=&#+-]{1,200}+"));
    }
}
