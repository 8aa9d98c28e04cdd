package nl.pil.check;

import java.util.Locale;
import java.util.regex.Pattern;
import nl.pil.load.Attachments;
import nl.pil.model.CheckSettings;
import nl.pil.model.Content;
import nl.pil.model.Reference;
import nl.pil.model.Translation;

/**
 * An image file beside the leaflet that cannot be decoded: the page shows a broken image and the handout leaves it
 * out, so what the image explains (the route, the position on the table) never reaches the patient. An error by
 * default. What earlier checks knew of the pictures spares decoding them again ({@link DecodedPictures}).
 */
final class ImageDamagedRule extends Rule {
    private static final Pattern IMAGE = Pattern.compile(".*\\.(png|jpe?g|gif)");

    ImageDamagedRule() {
        super("image-damaged", CheckSettings.Level.ERROR, "every image beside a leaflet can be decoded");
    }

    @Override
    public void check(Content content, Findings findings) {
        // side by side: a picture not known from earlier checks takes milliseconds to decode
        content.leaflets().parallelStream().forEach(leaflet -> {
            for (Translation t : leaflet.translations().values()) {
                for (Reference ref : t.references()) {
                    if (ref.kind() == Reference.Kind.FILE
                            && Attachments.resolve(leaflet.folder(), ref.target()) instanceof Attachments.Found found
                            && IMAGE.matcher(found.name().toLowerCase(Locale.ROOT))
                                    .matches()
                            && !findings.pictures()
                                    .readable(found.file(), leaflet.folder().resolve(found.name()))) {
                        findings.report(
                                ref.position(),
                                "image '" + ref.target()
                                        + "' cannot be read: the file is damaged or not the kind its name says",
                                "save it again as PNG or JPEG from an image program");
                    }
                }
            }
        });
    }
}
