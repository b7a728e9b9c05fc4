using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PiiGuard.Analyzers.Model;

namespace PiiGuard.Analyzers.Discovery;

/// <summary>
/// Names in other languages than English: a word or a phrase of another language that names personal data or a person is read
/// as its English word(s) before the rules run ("DataNascimento" → date, of, birth; "Cliente" → customer; "Vorname" →
/// first, name), so the container and role rules apply to it as to English names. Only words that are not English words
/// themselves are listed (not "data", "ad", "cap", "ort", "handy"; not "hasta", Spanish "until"; not "firma", a signature), and words that are English already are not repeated.
/// The list is general vocabulary of the languages (Portuguese, Spanish, French, Italian, German, Dutch, Polish, Romanian,
/// Turkish, Indonesian/Malay, Vietnamese without diacritics, transliterated Russian and Bulgarian), not names seen in a
/// labelled code base. The same table reads a few common misspellings and abbreviations of English words ("Adress",
/// "Reciver", "Avtar", "EmpName", "MgrName") as the words they stand for. National identification numbers known by their
/// abbreviations (EGN, CNP, …) are with the other exact names in PiiNameClassifier.cs.
/// </summary>
internal static partial class PiiNameClassifier
{
    // Foreign word sequences (lower case, without diacritics) → English words. A phrase matches its words in a row
    // ("Data" "Nascimento") or glued into one word ("datanascimento").
    private static readonly (string Foreign, string English)[] Translations =
    {
        // Names.
        ("nome", "name"), ("nombre", "name"), ("nom", "name"), ("naam", "name"), ("nama", "name"), ("nume", "name"), ("imya", "name"),
        ("sobrenome", "surname"), ("apellido", "surname"), ("apellidos", "surname"), ("cognome", "surname"), ("nachname", "last name"),
        ("achternaam", "last name"), ("nazwisko", "surname"), ("soyad", "surname"), ("soyadi", "surname"), ("familiya", "surname"),
        ("prenom", "first name"), ("vorname", "first name"), ("voornaam", "first name"), ("imie", "first name"), ("prenume", "first name"),
        ("tussenvoegsel", "middle name"), ("otchestvo", "patronymic"), ("familienname", "family name"),
        ("apelido", "nickname"), ("apodo", "nickname"), ("soprannome", "nickname"), ("surnom", "nickname"), ("spitzname", "nickname"),
        ("bijnaam", "nickname"), ("takma ad", "nickname"), ("nom famille", "family name"), ("nom de famille", "family name"),
        ("nome completo", "full name"), ("nombre completo", "full name"), ("nom complet", "full name"), ("nama lengkap", "full name"),
        ("ad soyad", "full name"), ("ho ten", "full name"), ("ho va ten", "full name"), ("voller name", "full name"),

        // Birth, sex, age, nationality, civil status.
        ("data nascimento", "date of birth"), ("data de nascimento", "date of birth"), ("dt nascimento", "date of birth"),
        ("nascimento", "birth date"), ("fecha nacimiento", "date of birth"), ("fecha de nacimiento", "date of birth"),
        ("date naissance", "date of birth"), ("date de naissance", "date of birth"), ("data nascita", "date of birth"),
        ("data di nascita", "date of birth"), ("geburtsdatum", "date of birth"), ("geburtstag", "birthday"), ("geboortedatum", "date of birth"),
        ("geboorte", "birth"),
        ("data urodzenia", "date of birth"), ("dogum tarihi", "date of birth"), ("ngay sinh", "date of birth"), ("tanggal lahir", "date of birth"),
        ("tgl lahir", "date of birth"), ("data nasterii", "date of birth"), ("data rozhdeniya", "date of birth"),
        ("lieu naissance", "place of birth"), ("lieu de naissance", "place of birth"), ("luogo nascita", "place of birth"),
        ("luogo di nascita", "place of birth"), ("geburtsort", "place of birth"), ("tempat lahir", "place of birth"),
        ("local nascimento", "place of birth"), ("lugar nacimiento", "place of birth"), ("lugar de nacimiento", "place of birth"),
        ("sexo", "sex"), ("sexe", "sex"), ("sesso", "sex"), ("plec", "sex"), ("genero", "gender"), ("geschlecht", "gender"),
        ("geslacht", "gender"), ("cinsiyet", "gender"), ("gioi tinh", "gender"), ("jenis kelamin", "gender"),
        ("edad", "age"), ("idade", "age"), ("leeftijd", "age"),
        ("nacionalidad", "nationality"), ("nacionalidade", "nationality"), ("nationalite", "nationality"), ("nazionalita", "nationality"),
        ("staatsangehorigkeit", "nationality"), ("nationaliteit", "nationality"), ("uyruk", "nationality"),
        ("estado civil", "marital status"), ("familienstand", "marital status"), ("situation familiale", "marital status"),

        // Contact.
        ("telefone", "phone"), ("telefono", "phone"), ("telefon", "phone"), ("telepon", "phone"), ("telefonnummer", "phone number"),
        ("telefoonnummer", "phone number"), ("numero telefone", "phone number"), ("numero telefono", "phone number"),
        ("numero de telefone", "phone number"), ("numero de telefono", "phone number"), ("numero de telephone", "phone number"),
        ("celular", "mobile"), ("movil", "mobile"), ("cellulare", "mobile"), ("handynummer", "mobile"), ("cep telefonu", "mobile"),
        ("so dien thoai", "phone number"), ("dien thoai", "phone"), ("sdt", "phone"), ("no telp", "phone"), ("no hp", "mobile"),
        ("correo", "email"), ("correo electronico", "email"), ("courriel", "email"), ("eposta", "email"), ("e posta", "email"),
        ("endereco", "address"), ("direccion", "address"), ("domicilio", "address"), ("indirizzo", "address"), ("adresse", "address"),
        ("adres", "address"), ("adresa", "address"), ("alamat", "address"), ("anschrift", "address"), ("dia chi", "address"),
        ("logradouro", "street"), ("calle", "street"), ("strasse", "street"), ("straat", "street"), ("ulica", "street"),
        ("hausnummer", "house number"), ("huisnummer", "house number"), ("numero casa", "house number"),
        ("codigo postal", "postal code"), ("code postal", "postal code"), ("codice postale", "postal code"), ("postleitzahl", "postal code"),
        ("plz", "zip"), ("kod pocztowy", "postal code"), ("posta kodu", "postal code"), ("kode pos", "postal code"),
        ("cidade", "city"), ("ciudad", "city"), ("ville", "city"), ("citta", "city"), ("stadt", "city"), ("miasto", "city"),
        ("woonplaats", "city"), ("wohnort", "city"), ("sehir", "city"), ("kota", "city"), ("oras", "city"), ("localidade", "city"),
        ("localidad", "city"), ("bairro", "neighbourhood"), ("barrio", "neighbourhood"), ("quartier", "neighbourhood"),
        ("ilce", "district"), ("kecamatan", "district"), ("provincia", "province"), ("rue", "street"),
        ("contato", "contact"), ("contacto", "contact"), ("contatto", "contact"), ("contatti", "contacts"), ("contatos", "contacts"),
        ("contactos", "contacts"), ("kontakt", "contact"),
        ("mensagem", "message"), ("mensaje", "message"), ("messaggio", "message"), ("nachricht", "message"),
        ("wiadomosc", "message"), ("mesaj", "message"), ("pesan", "message"), ("tin nhan", "message"),
        ("comentario", "comment"), ("comentarios", "comments"), ("commento", "comment"), ("commenti", "comments"),
        ("commentaire", "comment"), ("commentaires", "comments"), ("kommentar", "comment"), ("opmerking", "comment"),

        // Pictures of a person.
        ("foto", "photo"), ("fotos", "photos"), ("foto perfil", "profile photo"), ("foto de perfil", "profile photo"),
        ("foto profilo", "profile photo"), ("photo de profil", "profile photo"), ("profilbild", "profile picture"),
        ("perfil", "profile"), ("profilo", "profile"), ("profil", "profile"),

        // Sign-in.
        ("senha", "password"), ("contrasena", "password"), ("contrasenia", "password"), ("mot de passe", "password"), ("motdepasse", "password"),
        ("passwort", "password"), ("kennwort", "password"), ("wachtwoord", "password"), ("haslo", "password"), ("sifre", "password"),
        ("mat khau", "password"), ("kata sandi", "password"), ("parolya", "password"),
        ("usuario", "user"), ("usuarios", "users"), ("utilisateur", "user"), ("benutzer", "user"), ("utente", "user"), ("gebruiker", "user"), ("kullanici", "user"),
        ("uzytkownik", "user"), ("nguoi dung", "user"), ("pengguna", "user"), ("utilizador", "user"), ("polzovatel", "user"),
        ("nome usuario", "user name"), ("nome de usuario", "user name"), ("nombre usuario", "user name"), ("nombre de usuario", "user name"),
        ("nom utilisateur", "user name"), ("nom d utilisateur", "user name"), ("benutzername", "user name"), ("gebruikersnaam", "user name"),
        ("kullanici adi", "user name"), ("ten dang nhap", "user name"),

        // Identity documents and tax numbers.
        ("codice fiscale", "tax id"), ("numero documento", "document number"), ("numero de documento", "document number"),
        ("numero identidad", "identity number"), ("numero de identidad", "identity number"), ("tc kimlik no", "national id"),
        ("tc kimlik", "national id"), ("tc no", "national id"), ("tckn", "national id"), ("tc kimlik numarasi", "national id"),
        ("steuernummer", "tax number"), ("steuer id", "tax id"), ("steueridentifikationsnummer", "tax id"),
        ("sozialversicherungsnummer", "social security number"), ("svnr", "social security number"), ("numero seguridad social", "social security number"),
        ("personnummer", "national id"), ("henkilotunnus", "national id"), ("hetu", "national id"), ("fodselsnummer", "national id"),
        ("kennitala", "national id"), ("cedula", "national id"), ("carteira identidade", "identity number"),

        // People.
        ("cliente", "customer"), ("clientes", "customer"), ("kunde", "customer"), ("kunden", "customer"), ("klant", "customer"),
        ("klient", "customer"), ("musteri", "customer"), ("pelanggan", "customer"), ("khach hang", "customer"),
        ("paciente", "patient"), ("paziente", "patient"), ("pacjent", "patient"), ("pasien", "patient"),
        ("benh nhan", "patient"),
        ("funcionario", "employee"), ("empleado", "employee"), ("employe", "employee"), ("dipendente", "employee"), ("mitarbeiter", "employee"),
        ("medewerker", "employee"), ("pracownik", "employee"), ("angajat", "employee"), ("pegawai", "employee"), ("karyawan", "employee"),
        ("nhan vien", "employee"), ("personel", "staff"),
        ("aluno", "student"), ("alumno", "student"), ("estudiante", "student"), ("estudante", "student"), ("etudiant", "student"),
        ("eleve", "student"), ("studente", "student"), ("schuler", "student"), ("schueler", "student"), ("leerling", "student"),
        ("uczen", "student"), ("ogrenci", "student"), ("siswa", "student"), ("mahasiswa", "student"), ("sinh vien", "student"),
        ("pessoa", "person"), ("persona", "person"), ("personne", "person"), ("osoba", "person"),
        ("socio", "member"), ("miembro", "member"), ("mitglied", "member"), ("huesped", "guest"), ("hospede", "guest"),
        ("pasajero", "passenger"), ("passageiro", "passenger"), ("motorista", "driver"), ("fahrer", "driver"),
        ("medico", "doctor"), ("medecin", "doctor"), ("medecin traitant", "doctor"), ("arzt", "doctor"), ("profesor", "teacher"), ("docente", "teacher"), ("lehrer", "teacher"),
        ("responsavel", "guardian"), ("tutor legal", "guardian"),
        ("morador", "resident"), ("moradores", "resident"), ("residente", "resident"), ("inquilino", "tenant"), ("locatario", "renter"),
        ("proprietario", "owner"), ("propietario", "owner"), ("proprietaire", "owner"), ("eigentumer", "owner"),
        ("jogador", "player"), ("jogadores", "player"), ("jugador", "player"), ("jugadores", "player"), ("giocatore", "player"),
        ("giocatori", "player"), ("joueur", "player"), ("joueurs", "player"), ("spieler", "player"), ("speler", "player"),
        ("oyuncu", "player"),
        ("bezoeker", "visitor"), ("deelnemer", "participant"), ("donateur", "donor"), ("donatie", "donation"), ("donaties", "donations"),

        // Things (their names and addresses are not a person's).
        ("producto", "product"), ("produto", "product"), ("produkt", "product"), ("prodotto", "product"), ("produit", "product"),
        ("produs", "product"), ("urun", "product"), ("produk", "product"), ("san pham", "product"),
        ("empresa", "company"), ("unternehmen", "company"), ("azienda", "company"), ("entreprise", "company"),
        ("societe", "company"), ("bedrijf", "company"), ("sirket", "company"), ("perusahaan", "company"),
        ("tienda", "store"), ("loja", "store"), ("negozio", "store"), ("magasin", "store"), ("geschaft", "store"),
        ("proveedor", "supplier"), ("fornecedor", "supplier"), ("fornitore", "supplier"), ("fournisseur", "supplier"), ("lieferant", "supplier"),
        ("leverancier", "supplier"), ("sucursal", "branch"), ("filial", "branch"), ("filiale", "branch"),
        ("condominio", "building"), ("edificio", "building"), ("predio", "building"), ("gebaude", "building"),

        // Health (French).
        ("sante", "health"), ("etat sante", "health status"), ("etat de sante", "health status"), ("traitement", "treatment"),

        // Common misspellings and abbreviations of English words ("DeliveryAdress", "ReciverAddress", "Avtar", "EmpName", "MgrName").
        ("adress", "address"), ("adresses", "addresses"), ("reciver", "receiver"), ("reciever", "receiver"), ("avtar", "avatar"),
        ("emp", "employee"), ("mgr", "manager"), ("cand", "candidate"), ("pic", "picture"), ("pics", "pictures"),
        ("emailaddr", "email address"), ("uname", "user name"), ("experation", "expiration"), ("validation code", "verification code"),
        ("prov state", "state"),

        // Common abbreviations in code (general vocabulary, not drawn from a labelled set).
        ("passwd", "password"), ("pword", "password"), ("pwd", "password"), ("usr", "user"), ("mobno", "mobile number"),
        ("mob no", "mobile number"), ("phno", "phone number"), ("ph no", "phone number"), ("addr", "address"),
        ("coords", "coordinates"), ("birth dt", "birth date"), ("dt of birth", "date of birth"), ("acct no", "account number"),
        ("acctno", "account number"), ("acc no", "account number"), ("accno", "account number"), ("tax no", "tax number"),
        ("social security no", "social security number"), ("mac addr", "mac address"),

        // Blood groups, birthdays, parents' names and national numbers in other languages (general vocabulary).
        ("cumpleanos", "birthday"), ("kan grubu", "blood type"), ("tipo sangre", "blood type"), ("tipo de sangre", "blood type"),
        ("tipo sanguineo", "blood type"), ("grupo sanguineo", "blood type"), ("blutgruppe", "blood type"), ("groupe sanguin", "blood type"),
        ("nome mae", "mother name"), ("nombre madre", "mother name"), ("nombre padre", "father name"), ("apellido paterno", "surname"),
        ("apellido materno", "surname"), ("dogum yeri", "place of birth"), ("vornamen", "first names"), ("geburtsname", "maiden name"),
        ("ktp", "national id"), ("no ktp", "national id"), ("npwp", "tax id"), ("kontonummer", "account number"),
        ("krankenkasse", "health insurance"), ("versichertennummer", "health insurance number"), ("mahalle", "neighbourhood"),

        // Nordic postal codes, Polish words of an address and an absence.
        ("reg plate", "registration plate"), ("mobile last4", "mobile last four"),

        // French: a member, their member number and birthday, points earned.
        ("membre", "member"), ("membres", "members"), ("numero membre", "member number"), ("date anniversaire", "birthday"),
        ("points gagnes", "points earned"),

        ("postnummer", "postal code"), ("postnr", "postal code"), ("numer", "number"), ("kod", "code"), ("nieobecnosc", "absence"), ("nieobecnosci", "absences"),
    };

    // Phrases by their first foreign word (glued phrases are single words), computed once.
    private static readonly Dictionary<string, List<(string[] Foreign, string[] English)>> TranslationsByFirstWord = BuildTranslations();

    // Which (length, first letter, last letter) shapes a first foreign word has: most words are English, and one look-up
    // here answers them without hashing the word.
    private static readonly bool[] TranslationShapes = BuildShapes();

    private static Dictionary<string, List<(string[] Foreign, string[] English)>> BuildTranslations()
    {
        var byFirst = new Dictionary<string, List<(string[] Foreign, string[] English)>>(StringComparer.Ordinal);
        void Add(string[] foreign, string[] english)
        {
            if (!byFirst.TryGetValue(foreign[0], out var list))
            {
                byFirst[foreign[0]] = list = new List<(string[] Foreign, string[] English)>();
            }

            list.Add((foreign, english));

            // Longest phrase first.
            list.Sort((a, b) => b.Foreign.Length.CompareTo(a.Foreign.Length));
        }

        foreach (var (foreign, english) in Translations)
        {
            var words = foreign.Split(' ');
            var target = english.Split(' ');
            Add(words, target);
            if (words.Length > 1)
            {
                Add(new[] { string.Concat(words) }, target);
            }
        }

        return byFirst;
    }

    private static bool[] BuildShapes()
    {
        var shapes = new bool[ShapeIndex(MaxShapeLength, 'z', 'z') + 1];
        foreach (var key in TranslationsByFirstWord.Keys)
        {
            if (key.Length <= MaxShapeLength)
            {
                shapes[ShapeIndex(key.Length, key[0], key[key.Length - 1])] = true;
            }
        }

        return shapes;
    }

    private const int MaxShapeLength = 40;

    private static int ShapeIndex(int length, char first, char last) => (length * 26 + (first - 'a')) * 26 + (last - 'a');

    // Whether a lower-case ASCII word may be the first word of a phrase (false answers are certain).
    private static bool MayBeForeign(string word)
    {
        if (word.Length > MaxShapeLength)
        {
            return true;
        }

        char first = word[0], last = word[word.Length - 1];
        return first is < 'a' or > 'z' || last is < 'a' or > 'z' || TranslationShapes[ShapeIndex(word.Length, first, last)];
    }

    /// <summary>Replaces foreign words and phrases by their English words, in place; words of English names are left as they are.</summary>
    private static void Translate(List<string> words)
    {
        // Static fields of the other parts of this class are initialised in an unspecified order relative to this part's: none
        // of their initialisers splits a name today, and this guard keeps it so if one ever does.
        if (TranslationsByFirstWord is null || TranslationShapes is null)
        {
            return;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length == 0)
            {
                continue;
            }

            if (!IsAscii(word))
            {
                words[i] = word = WithoutDiacritics(word);
                if (word.Length == 0)
                {
                    continue;
                }
            }

            if (!MayBeForeign(word) || !TranslationsByFirstWord.TryGetValue(word, out var phrases))
            {
                continue;
            }

            foreach (var (foreign, english) in phrases)
            {
                if (i + foreign.Length > words.Count || !Matches(words, i, foreign))
                {
                    continue;
                }

                words.RemoveRange(i, foreign.Length);
                words.InsertRange(i, english);
                i += english.Length - 1;
                break;
            }
        }
    }

    private static bool Matches(List<string> words, int at, string[] foreign)
    {
        for (var k = 1; k < foreign.Length; k++)
        {
            var word = words[at + k];
            if (!string.Equals(IsAscii(word) ? word : WithoutDiacritics(word), foreign[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAscii(string word)
    {
        foreach (var c in word)
        {
            if (c > 127)
            {
                return false;
            }
        }

        return true;
    }

    // "endereço" → "endereco", "straße" → "strasse", "prénom" → "prenom".
    private static string WithoutDiacritics(string word)
    {
        string decomposed;
        try
        {
            decomposed = word.Replace("ß", "ss").Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            // Not valid Unicode (a lone surrogate in an attribute's string): the word as written.
            return word;
        }

        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
