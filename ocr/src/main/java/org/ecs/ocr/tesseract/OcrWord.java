package org.ecs.ocr.tesseract;

/**
 * One recognised word.
 *
 * @param text the word
 * @param confidence Tesseract's confidence, 0 to 100
 * @param x left edge in page pixels
 * @param y top edge in page pixels
 * @param width box width
 * @param height box height
 */
public record OcrWord(String text, float confidence, int x, int y, int width, int height) {
}
