/** Invented name pools for the fictional Contoso Banque; any likeness to real people is chance. */
export type NameOrigin = 'french' | 'british' | 'american' | 'singaporean' | 'other';

export interface NamePool {
  given: readonly string[];
  family: readonly string[];
}

// biome-ignore format: a data table reads better packed than one name per line
export const NAME_POOLS: Record<NameOrigin, NamePool> = {
  french: {
    given: [
      'Camille', 'Léa', 'Manon', 'Chloé', 'Inès', 'Sarah', 'Juliette', 'Louise', 'Emma', 'Jade',
      'Clémence', 'Mathilde', 'Pauline', 'Élodie', 'Sophie', 'Nathalie', 'Isabelle', 'Catherine', 'Sylvie',
      'Valérie', 'Anne', 'Claire', 'Hélène', 'Marion', 'Aurélie', 'Céline', 'Agnès', 'Brigitte', 'Françoise',
      'Lucas', 'Hugo', 'Louis', 'Théo', 'Nathan', 'Arthur', 'Jules', 'Raphaël', 'Maxime', 'Thomas',
      'Antoine', 'Nicolas', 'Julien', 'Guillaume', 'Romain', 'Alexandre', 'Pierre', 'Philippe', 'Olivier',
      'Laurent', 'Stéphane', 'Frédéric', 'Christophe', 'Éric', 'Jean-Marc', 'Jean-Luc', 'Bernard', 'Alain',
      'François', 'Benoît', 'Thierry', 'Mathieu', 'Bastien', 'Quentin', 'Adrien', 'Gaëlle', 'Margaux',
    ],
    family: [
      'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
      'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
      'Morel', 'Girard', 'André', 'Lefèvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez',
      'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas',
      'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier',
      'Robin', 'Masson', 'Sanchez', 'Gérard', 'Nguyen', 'Boyer', 'Denis', 'Lemaire', 'Duval', 'Joly',
      'Gautier', 'Roger', 'Roche', 'Roy', 'Noël', 'Meyer', 'Lucas', 'Meunier', 'Jean', 'Perez', 'Marchand',
      'Dufour', 'Blanchard', 'Marie', 'Barbier', 'Brun', 'Dumas', 'Brunet', 'Schmitt', 'Leroux', 'Colin',
      'Fernandez', 'Pierre', 'Renard', 'Arnaud', 'Rolland', 'Caron', 'Aubert', 'Giraud', 'Leclerc', 'Vidal',
    ],
  },
  british: {
    given: [
      'Oliver', 'George', 'Harry', 'Jack', 'Charlie', 'James', 'William', 'Henry', 'Edward', 'Samuel',
      'Daniel', 'Matthew', 'Andrew', 'Richard', 'David', 'Simon', 'Graham', 'Nigel', 'Alistair', 'Rhys',
      'Olivia', 'Amelia', 'Isla', 'Ava', 'Emily', 'Sophie', 'Grace', 'Charlotte', 'Eleanor', 'Hannah',
      'Lucy', 'Rebecca', 'Victoria', 'Fiona', 'Helen', 'Gillian', 'Siobhan', 'Catherine', 'Imogen', 'Harriet',
    ],
    family: [
      'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright',
      'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke',
      'Patel', 'Khan', 'Lewis', 'Harris', 'Morgan', 'Hughes', 'Edwards', 'Cooper', 'Turner', 'Hill',
      'Ward', 'Morris', 'Moore', 'Clark', 'Baker', 'Harrison', 'Scott', 'Young', 'Campbell', 'Murray',
      'Stewart', 'Fraser', 'Kennedy', 'Reid', 'Macdonald', 'Price', 'Bennett', 'Shaw', 'Ellis', 'Fletcher',
    ],
  },
  american: {
    given: [
      'Michael', 'Christopher', 'Joshua', 'Ryan', 'Tyler', 'Brandon', 'Kevin', 'Jason', 'Justin', 'Eric',
      'Ashley', 'Jessica', 'Jennifer', 'Amanda', 'Megan', 'Lauren', 'Brittany', 'Stephanie', 'Nicole', 'Kayla',
      'Marcus', 'Andre', 'Carlos', 'Diego', 'Maria', 'Gabriela', 'Priya', 'Wei', 'Rachel', 'Nathaniel',
    ],
    family: [
      'Miller', 'Davis', 'Rodriguez', 'Anderson', 'Jackson', 'Martinez', 'Hernandez', 'Moore', 'Thomas',
      'Lee', 'Perez', 'Thompson', 'Ramirez', 'Lewis', 'Walker', 'Allen', 'King', 'Wright', 'Torres', 'Nguyen',
      'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Rivera', 'Campbell', 'Mitchell', 'Carter',
      'Goldberg', 'Cohen', "O'Brien", 'Sullivan', 'Kowalski', 'Chen', 'Kim', 'Park', 'Shah', 'Washington',
    ],
  },
  singaporean: {
    given: [
      'Wei Ling', 'Jun Jie', 'Hui Min', 'Kai Xiang', 'Xin Yi', 'Zhi Hao', 'Mei Ling', 'Jia Hui', 'Wen Jie',
      'Shu Fen', 'Siti', 'Nurul', 'Ahmad', 'Farhan', 'Aisyah', 'Hafiz', 'Priya', 'Ravi', 'Arjun', 'Kavitha',
      'Deepa', 'Rajesh', 'Darren', 'Joanne', 'Sharon', 'Benjamin', 'Cheryl', 'Marcus', 'Rachel', 'Gabriel',
    ],
    family: [
      'Tan', 'Lim', 'Lee', 'Ng', 'Ong', 'Wong', 'Goh', 'Chua', 'Chan', 'Koh', 'Teo', 'Ang', 'Yeo', 'Tay', 'Ho',
      'Low', 'Toh', 'Sim', 'Chong', 'Chia', 'Rahman', 'Ismail', 'Hassan', 'Abdullah', 'Nair', 'Pillai',
      'Kumar', 'Raj', 'Menon', 'Singh',
    ],
  },
  other: {
    given: [
      'João', 'Ana', 'Beatriz', 'Tiago', 'Giulia', 'Marco', 'Francesca', 'Luca', 'Lucía', 'Javier', 'Carmen',
      'Pablo', 'Karim', 'Yasmine', 'Mehdi', 'Nadia', 'Sofiane', 'Leïla', 'Amine', 'Fatou', 'Moussa', 'Aminata',
      'Ousmane', 'Minh', 'Linh', 'Thi Hoa', 'Katarzyna', 'Piotr', 'Agnieszka', 'Jan', 'Lukas', 'Anja', 'Stefan',
      'Ioana', 'Andrei', 'Elena', 'Dimitri', 'Sanne', 'Pieter', 'Ingrid', 'Yuki', 'Haruto', 'Mei', 'Hao',
    ],
    family: [
      'Ferreira', 'Da Silva', 'Santos', 'Oliveira', 'Pereira', 'Rossi', 'Bianchi', 'Romano', 'Esposito',
      'Ricci', 'González', 'Rodríguez', 'Fernández', 'Navarro', 'Benali', 'Haddad', 'Mansouri', 'Cherif',
      'Bouzid', 'Diallo', 'Traoré', 'Diop', 'Ndiaye', 'Koné', 'Tran', 'Pham', 'Le', 'Hoang', 'Kowalczyk',
      'Nowak', 'Wiśniewska', 'Schneider', 'Fischer', 'Weber', 'Popescu', 'Ionescu', 'Papadopoulos', 'Jansen',
      'De Vries', 'Larsen', 'Tanaka', 'Sato', 'Wang', 'Zhang',
    ],
  },
};
