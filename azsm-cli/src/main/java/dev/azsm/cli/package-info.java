/**
 * The azsm command line.
 */
package dev.azsm.cli;
