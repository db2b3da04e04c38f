package io.potok.catalogs.internal.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import io.potok.platform.PotokException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX workbook with Apache POI's streaming reader, so that a sheet of 100,000
 * rows is never held as a whole workbook in memory. Formulas give their result as Excel last computed it.
 */
final class XlsxFileReader {

    private static final Pattern DATE_1904 = Pattern.compile("date1904=\"(1|true)\"");

    private XlsxFileReader() {
    }

    /** Returns whether the bytes start like a ZIP archive, the container of every XLSX workbook. */
    static boolean looksLikeXlsx(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    static void read(String fileName, byte[] content, RowVisitor visitor) {
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new CatalogFileEmpty(fileName);
            }
            XSSFSheetXMLHandler handler = new XSSFSheetXMLHandler(reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(workbook), new Rows(visitor),
                    new SpreadsheetCellFormatter(uses1904Dates(reader)), false);
            parse(sheets.next(), handler);
        } catch (ParserConfigurationException failure) {
            throw new IllegalStateException("No XML parser is available to read XLSX files", failure);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException failure) {
            rethrow(fileName, failure);
        }
    }

    private static void parse(InputStream sheet, XSSFSheetXMLHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        try (sheet) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(sheet));
        } catch (ReadingStopped stopped) {
            // The visitor had enough rows.
        }
    }

    /** Passes Potok's own failures through; anything POI or the XML parser raises means a damaged file. */
    private static void rethrow(String fileName, Exception failure) {
        if (failure instanceof PotokException potok) {
            throw potok;
        }
        throw new CatalogFileUnreadable(fileName);
    }

    private static boolean uses1904Dates(XSSFReader reader) throws IOException, OpenXML4JException {
        try (InputStream workbook = reader.getWorkbookData()) {
            return DATE_1904.matcher(new String(workbook.readAllBytes(), StandardCharsets.UTF_8)).find();
        }
    }

    /** Ends the SAX parse early once the visitor returns false. */
    private static final class ReadingStopped extends RuntimeException {

        ReadingStopped() {
            super(null, null, false, false);
        }
    }

    /** Collects the cells of each row by column letter, so that skipped empty cells stay empty strings. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowVisitor visitor;
        private List<String> cells = new ArrayList<>();

        Rows(RowVisitor visitor) {
            this.visitor = visitor;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            FileRow row = new FileRow(rowNum + 1, cells);
            if (!row.isBlank() && !visitor.visit(row)) {
                throw new ReadingStopped();
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }
}
