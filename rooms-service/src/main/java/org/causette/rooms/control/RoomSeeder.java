package org.causette.rooms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.Audience;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** The public rooms a fresh platform has: themes and regions, one audience each. */
@ApplicationScoped
public class RoomSeeder {
    private final AtomicBoolean seeded = new AtomicBoolean();

    @Inject
    RoomStore store;

    @Inject
    @ConfigProperty(name = "causette.rooms.default-capacity")
    int capacity;

    @Inject
    @ConfigProperty(name = "causette.rooms.public.slow-mode-seconds")
    int defaultSlowMode;

    @Inject
    Config config;

    /** Seeds as soon as the application starts; if MongoDB is not there yet, readiness retries. */
    void onStart(@jakarta.enterprise.event.Observes jakarta.enterprise.event.Startup startup) {
        try {
            ensureSeeded();
        } catch (RuntimeException e) {
            System.getLogger(RoomSeeder.class.getName()).log(System.Logger.Level.INFO,
                    "rooms not seeded yet: {0}", e.getClass().getSimpleName());
        }
    }

    /** Idempotent; called until it has succeeded once (MongoDB may come up after the service). */
    public boolean ensureSeeded() {
        if (!seeded.get()) {
            rooms().stream().map(this::withConfiguredSlowMode).forEach(store::seed);
            seeded.set(true);
        }
        return true;
    }

    /** {@code causette.rooms.public.slow-mode.<roomId>} overrides {@code causette.rooms.public.slow-mode-seconds}. */
    private SeedRoom withConfiguredSlowMode(SeedRoom room) {
        int seconds = config.getOptionalValue("causette.rooms.public.slow-mode." + room.id(), Integer.class)
                .orElse(defaultSlowMode);
        return room.withSlowMode(Math.max(0, Math.min(SlowModeClock.MAX_SECONDS, seconds)));
    }

    List<SeedRoom> rooms() {
        return List.of(
                new SeedRoom("ados-discussion", "Ados · Discussion libre", "On parle de tout, entre 15 et 17 ans", Audience.teen, capacity),
                new SeedRoom("ados-jeux-video", "Ados · Jeux vidéo", "Minecraft, Fortnite, LoL et les autres", Audience.teen, capacity),
                new SeedRoom("ados-musique", "Ados · Musique", "Partage tes sons du moment", Audience.teen, capacity),
                new SeedRoom("ados-entraide", "Ados · Devoirs et entraide", "Une question de cours ? On s'aide", Audience.teen, capacity),
                new SeedRoom("ados-belgique", "Ados · Belgique", "Pour les ados de Bruxelles, Wallonie et Flandre", Audience.teen, capacity),
                new SeedRoom("discussion", "Discussion libre", "Le salon général des adultes", Audience.adult, capacity),
                new SeedRoom("paris", "Paris et Île-de-France", "Entre Parisiens et Franciliens", Audience.adult, capacity),
                new SeedRoom("lyon", "Lyon", "Auvergne-Rhône-Alpes", Audience.adult, capacity),
                new SeedRoom("marseille", "Marseille", "Provence et Méditerranée", Audience.adult, capacity),
                new SeedRoom("bruxelles", "Bruxelles", "Pour les Bruxellois", Audience.adult, capacity),
                new SeedRoom("wallonie", "Wallonie", "Liège, Namur, Charleroi et alentours", Audience.adult, capacity),
                new SeedRoom("cinema-series", "Cinéma et séries", "Ce que vous regardez en ce moment", Audience.adult, capacity),
                new SeedRoom("lgbt", "LGBT+", "Un salon bienveillant pour les personnes LGBT+ et alliées", Audience.adult, capacity),
                new SeedRoom("plus-de-40", "Plus de 40 ans", "Entre quadras, quinquas et plus", Audience.adult, capacity),
                new SeedRoom("lille", "Lille", "Hauts-de-France", Audience.adult, capacity),
                new SeedRoom("bordeaux", "Bordeaux", "Nouvelle-Aquitaine", Audience.adult, capacity),
                new SeedRoom("toulouse", "Toulouse", "Occitanie", Audience.adult, capacity),
                new SeedRoom("nantes", "Nantes", "Pays de la Loire", Audience.adult, capacity),
                new SeedRoom("rennes", "Rennes", "Bretagne", Audience.adult, capacity),
                new SeedRoom("strasbourg", "Strasbourg", "Grand Est", Audience.adult, capacity),
                new SeedRoom("nice", "Nice", "Côte d'Azur", Audience.adult, capacity),
                new SeedRoom("montpellier", "Montpellier", "Hérault et alentours", Audience.adult, capacity),
                new SeedRoom("liege", "Liège", "Province de Liège", Audience.adult, capacity),
                new SeedRoom("musique", "Musique", "Concerts, albums et playlists", Audience.adult, capacity),
                new SeedRoom("sport", "Sport", "Foot, rugby, vélo et les autres", Audience.adult, capacity),
                new SeedRoom("jeux-video", "Jeux vidéo", "Entre joueurs adultes", Audience.adult, capacity),
                new SeedRoom("ados-series", "Ados · Séries et animés", "Ce que tu regardes en ce moment", Audience.teen, capacity),
                new SeedRoom("ados-sport", "Ados · Sport", "Ton sport, tes matchs", Audience.teen, capacity));
    }
}
