package vn.lienthong.procedure.dossier;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import vn.lienthong.directory.agency.AgencyCode;

import java.time.LocalDate;

/**
 * Hands out the NNNN of dossier codes. Incrementing the unit's row for the day locks it until the
 * intake commits, so two intakes of one unit never get the same number and a rolled-back intake
 * gives its number back; other units are not held up. The day's row is created on first use in its
 * own transaction, and a concurrent creator's duplicate is simply ignored.
 */
@Stateless
public class DossierCounters {

    @PersistenceContext(unitName = "lienthong")
    EntityManager em;

    @EJB
    DossierCounters self;

    public int next(AgencyCode unit, LocalDate day) {
        int key = DossierCode.dayKey(day);
        for (int attempt = 0; attempt < 3; attempt++) {
            int updated = em.createNamedQuery("DossierCounter.increment")
                    .setParameter("agency", unit.value()).setParameter("day", key).executeUpdate();
            if (updated == 1) {
                return em.createNamedQuery("DossierCounter.last", Integer.class)
                        .setParameter("agency", unit.value()).setParameter("day", key).getSingleResult();
            }
            try {
                self.createRow(unit, key);
            } catch (EJBException | PersistenceException e) {
                // Another intake created the row first: increment it on the next round.
            }
        }
        throw new IllegalStateException("Could not create the dossier counter of " + unit + " for " + day);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createRow(AgencyCode unit, int dayKey) {
        em.persist(new DossierCounter(unit.value(), dayKey));
        em.flush();
    }
}
