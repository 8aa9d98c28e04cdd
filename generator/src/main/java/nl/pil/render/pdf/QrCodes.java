package nl.pil.render.pdf;

import io.nayuki.qrcodegen.QrCode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/** QR codes as small black-and-white PNG images, for the "read this leaflet online" block. */
public final class QrCodes {
    /** White modules around the code, as the QR specification asks. */
    static final int QUIET_ZONE = 4;
    /** Pixels per module: sharp at any print size, since PDF viewers do not smooth these images. */
    static final int SCALE = 8;

    /**
     * White and black, in that order: a palette that is not a grey ramp, so the PNG is written with a palette, which
     * PDFBox copies into a handout as it is. A grey PNG it decodes and encodes again pixel by pixel, and that was a
     * sixth of a handout's time.
     */
    private static final IndexColorModel PALETTE =
            new IndexColorModel(1, 2, new byte[] {-1, 0}, new byte[] {-1, 0}, new byte[] {-1, 0});

    // a card's code is on every handout that shows the card
    private static final int REMEMBERED = 4096;
    private static final Map<String, String> DATA_URIS = new ConcurrentHashMap<>();

    private QrCodes() {}

    public static byte[] png(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int modules = qr.size + 2 * QUIET_ZONE;
        BufferedImage image =
                new BufferedImage(modules * SCALE, modules * SCALE, BufferedImage.TYPE_BYTE_BINARY, PALETTE);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            for (int y = 0; y < qr.size; y++) {
                for (int x = 0; x < qr.size; x++) {
                    if (qr.getModule(x, y)) {
                        g.fillRect((x + QUIET_ZONE) * SCALE, (y + QUIET_ZONE) * SCALE, SCALE, SCALE);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String dataUri(String text) {
        String known = DATA_URIS.get(text);
        if (known != null) {
            return known;
        }
        String uri = "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
        if (DATA_URIS.size() < REMEMBERED) {
            DATA_URIS.put(text, uri);
        }
        return uri;
    }
}
