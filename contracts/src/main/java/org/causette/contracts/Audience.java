package org.causette.contracts;

/** The two spaces that never meet. */
public enum Audience {
    teen, adult;

    public static Audience ofAge(int age) {
        return age >= 18 ? adult : teen;
    }
}
