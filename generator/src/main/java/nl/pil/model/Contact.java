package nl.pil.model;

/** The hospital's general contact details, shown in every page footer. */
public record Contact(String phone, String emergency, String email, String address) {
    public static Contact none() {
        return new Contact(null, null, null, null);
    }
}
