package org.causette.moderation.engine.contacts;

/**
 * Building blocks of the contact expressions, on folded text (lower case, no accents). Every repeat is bounded and
 * most are possessive: see {@link RegexContactDetector}.
 */
final class ContactPatterns {

    /** "@" written as a symbol; a space before it but none after is a mention ("the @yankees") */
    static final String AT_SIGN = "(?:@\\s{0,3}+|\\s{1,3}+@\\s{1,3}+)";
    /** "@" disguised: "(at)", "[@]", " arobase " */
    static final String AT_WORD = "(?:\\s{0,3}+[(\\[{<]\\s{0,2}+(?:at|a|arobase|arrobase|arobas|@)\\s{0,2}+[)\\]}>]\\s{0,3}+"
            + "|\\s{1,3}+(?:arobase|arrobase|arobas|arrobas|arob)\\s{1,3}+)";
    /** "@" said as an everyday word ("at", "a", "chez"), only trusted before a mail provider: "emma2011 a gmail" */
    static final String AT_LOOSE = "\\s{1,3}+(?:at|a|chez|sur|on)\\s{1,3}+";
    /** "." disguised: "(dot)", "[.]", " point ", " dot " */
    static final String DOT_WORD = "(?:\\s{0,3}+[(\\[{<]\\s{0,2}+(?:dot|point|pt|\\.)\\s{0,2}+[)\\]}>]\\s{0,3}+"
            + "|\\s{1,3}+(?:dot|point)\\s{1,3}+)";
    /** "." with a space before it: "www . snapchat . com" (a space after it only is the end of a sentence) */
    static final String DOT_SPACED = "\\s{1,2}+\\.\\s{0,2}+";
    static final String DOT_ANY = "(?:\\.|\\s{1,2}+\\.\\s{0,2}+|" + DOT_WORD.substring(3);
    static final String MAIL_PROVIDERS = "(?:gmail|hotmail|yahoo|outlook|live|icloud|orange|free|sfr|laposte|wanadoo"
            + "|skynet|proton|protonmail|gmx|msn|aol|voo|telenet|ymail|yopmail|hotmal|gmial|gmal)";
    /** providers that are only mail services (not "chez orange", "chez free") */
    static final String MAIL_ONLY_PROVIDERS = "(?:gmail|hotmail|yahoo|outlook|icloud|laposte|wanadoo|skynet|protonmail"
            + "|gmx|ymail|yopmail|hotmal|gmial|gmal)";
    static final String TLDS = "(?:com|fr|be|net|org|io|gg|me|ly|co|eu|info|xyz|tv|app|link|site|online|shop|club"
            + "|live|ru|uk|ch|biz|lu|nl|top|pro|vip|page)";
    /** top-level domains common enough to be trusted after a spoken or spaced dot in an e-mail address */
    static final String SPOKEN_TLDS = "(?:com|fr|be|net|org|eu|io|ch|lu|uk|de|ca)";
    /** the same for a link, without those that are also words ("au point de vue", "pas. ca") */
    static final String LINK_SPOKEN_TLDS = "(?:com|fr|be|net|org|eu|io)";
    /** link shorteners and app hosts, trusted even when their dot is a space: "bit ly/x", "discord gg/x", "t me/x" */
    static final String LINK_HOSTS = "(?:bit|tinyurl|linktr|cutt|shorturl|rebrand|goo|is|t|wa|m|discord|snapchat|instagram"
            + "|tiktok|youtu|youtube|twitter|x|facebook|fb|onlyfans|twitch|telegram|kik|linktree)";
    static final String LINK_HOST_TLDS = "(?:ly|me|ee|gg|com|be|gl|cc|co|gd|to|fr|tv|link|io|app)";
    /** a path after a link, "/" possibly said "slash" */
    static final String PATH = "(?:\\s{0,2}+(?:/|slash)\\s{0,2}+[a-z0-9._~%?=&#+-]{1,200}+){0,6}+";
    static final String PLATFORMS = "(?:snap\\s?chat|snap|snp|sc|insta\\s?gram|insta|ig|tik\\s?tok|whats?\\s?app?|wsp|wtsp"
            + "|tele\\s?gram(?:me)?|tlg|discord|kik|face\\s?book|fb|twitter|skype|twitch|onlyfans|mym|signal|threads|bereal"
            + "|wechat|viber|messenger)";
    static final String HANDLE = "([a-z0-9][a-z0-9._-]{2,30}+)";
    /** a handle that cannot be an ordinary word: letters with digits, '_' or '.' ("max2010", "lea_08", "max.2010") */
    static final String HANDLE_LIKE = "(?=[a-z0-9._]{0,30}[0-9_])([a-z][a-z0-9._]{1,30}+(?<=[a-z0-9]))";
    /** an opening quote or bracket before a handle: mon snap c'est "julie93" */
    static final String QUOTE = "(?:[\"«“(\\[<']\\s{0,2}+)?";
    /** "mon snap c'est", "mon snap :" */
    static final String IS = "(?:\\s{1,3}+(?:c'est|cest|c est|c|est|c'etait)\\s{1,3}+|\\s{0,3}+(?::|=|->|=>)\\s{0,3}+)";
    /** "my snap is": English says it of anything ("my insta is boring"), so only a handle-like name counts */
    static final String IS_EN = "\\s{1,3}+(?:is|it's|its|=)\\s{1,3}+";

    private ContactPatterns() {
    }
}
