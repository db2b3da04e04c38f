package io.potok.catalogs.web;

/**
 * A member offered in a member column's list: the stored email and the name shown.
 */
public record MemberOption(String email, String name) {
}
