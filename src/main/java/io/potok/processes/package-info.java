/**
 * Processes as files: a form with its route, catalogs and access exported and imported as one YAML or JSON
 * document, and the gallery of ready-made process templates built on it.
 */
package io.potok.processes;
