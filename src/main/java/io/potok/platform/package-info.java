/**
 * Shared platform: the embedded database, security, the error catalogue, i18n and the page layout.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.potok.platform;
