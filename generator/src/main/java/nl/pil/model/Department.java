package nl.pil.model;

public record Department(String id, LocalizedText name, String phone, String email, LocalizedText hours) {}
