/**
 * Connectors to outside systems. Today this is the МойСклад inventory connector, which keeps a products catalog
 * and its stock on hand per warehouse in line with a МойСклад account.
 */
package io.potok.integrations;
