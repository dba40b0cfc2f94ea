package io.rapport.core.detect;

import java.util.HashMap;
import java.util.Map;

/**
 * Names for the emoji that carry a gesture or a mood, in Slack's shortcode form, so 🙏 and {@code :pray:}
 * read alike. Any other emoji reads {@code :emoji:}: present, but without meaning for the cues.
 */
final class Emoji {

    private static final Map<Integer, String> NAMES = new HashMap<>();

    static {
        name(":pray:", 0x1F64F);
        name(":bow:", 0x1F647);
        name(":+1:", 0x1F44D);
        name(":-1:", 0x1F44E);
        name(":ok_hand:", 0x1F44C);
        name(":eyes:", 0x1F440);
        name(":rage:", 0x1F621, 0x1F620, 0x1F92C);
        name(":triumph:", 0x1F624);
        name(":unamused:", 0x1F612, 0x1F644);
        name(":disappointed:", 0x1F61E, 0x1F614, 0x1F629, 0x1F62B, 0x1F62D, 0x1F622);
        name(":facepalm:", 0x1F926);
        name(":fire:", 0x1F525);
        name(":clap:", 0x1F44F);
        name(":raised_hands:", 0x1F64C);
        name(":heart:", 0x2764, 0x1F49C, 0x1F499, 0x1F49A, 0x1F9E1, 0x1F49B, 0x1F60D, 0x1F970);
        name(":star:", 0x2B50, 0x1F31F, 0x1F3C6, 0x1F947, 0x1F410, 0x1F4AF, 0x1F451);
        name(":gift:", 0x1F381, 0x1F384, 0x1FA94, 0x1F36B, 0x1F355, 0x1F36A, 0x1F382, 0x1F370, 0x1F377,
                0x1F942, 0x1F37E, 0x1F490, 0x2615, 0x1F369);
        name(":tada:", 0x1F389, 0x1F38A, 0x1F973);
        name(":smile:", 0x1F600, 0x1F601, 0x1F603, 0x1F604, 0x1F60A, 0x1F642, 0x1F609, 0x263A, 0x1F605, 0x1F602,
                0x1F923, 0x1F606);
        name(":upside_down:", 0x1F643);
        name(":grimace:", 0x1F62C);
        name(":check:", 0x2705, 0x2714);
    }

    private Emoji() {
    }

    private static void name(String name, int... codePoints) {
        for (int cp : codePoints) {
            NAMES.put(cp, name);
        }
    }

    static boolean isEmoji(int cp) {
        return NAMES.containsKey(cp) || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF)
                || cp == 0x2B50 || cp == 0x2B55;
    }

    static String name(int cp) {
        return NAMES.getOrDefault(cp, ":emoji:");
    }

    /** Shortcodes that mean the same as a Unicode emoji above ("thumbsup" is "+1"). */
    static String shortcode(String code) {
        switch (code) {
            case ":thumbsup:":
            case ":thumbs_up:":
                return ":+1:";
            case ":thumbsdown:":
                return ":-1:";
            case ":angry:":
            case ":face_with_symbols_on_mouth:":
            case ":pouting_face:":
                return ":rage:";
            case ":roll_eyes:":
            case ":face_with_rolling_eyes:":
                return ":unamused:";
            case ":face_palm:":
                return ":facepalm:";
            case ":star2:":
            case ":trophy:":
            case ":goat:":
            case ":100:":
            case ":crown:":
                return ":star:";
            case ":raising_hands:":
                return ":raised_hands:";
            case ":christmas_tree:":
            case ":diya_lamp:":
            case ":gift_heart:":
            case ":chocolate_bar:":
            case ":pizza:":
            case ":cookie:":
            case ":cake:":
            case ":champagne:":
            case ":clinking_glasses:":
                return ":gift:";
            case ":hearts:":
            case ":heart_eyes:":
            case ":purple_heart:":
            case ":blue_heart:":
            case ":green_heart:":
                return ":heart:";
            case ":white_check_mark:":
            case ":heavy_check_mark:":
                return ":check:";
            default:
                return code;
        }
    }
}
