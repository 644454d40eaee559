/**
 * A typed client for Storage Mover job runs and agents, and copy-log readers.
 */
package dev.azsm.client;
