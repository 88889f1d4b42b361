"""Given names that start a person's name in English and German news: German, English, French,
Italian, Spanish and Portuguese, Dutch and Nordic, Polish and Czech, Russian and Ukrainian (English and
German spellings), Turkish, Arabic and Persian, Hebrew, Indian, Japanese given names, and Korean and
Chinese surnames, which come first.

Written by hand for this project (MIT, like the project). Names that are also common words are left
out (Will, May, Hope, Grace, Rich, Guy, Art, Sky, Summer, Mark stays: "Millionen Mark" puts it second).
Whitespace-separated, as written; lookups compare lower case.
"""

from __future__ import annotations

GIVEN_NAMES = """
Achim Adam Adrian Albert Alexander Alfred Andreas André Anton Armin Arne Arnold Artur Axel Benedikt Benjamin
Bernd Bernhard Björn Bodo Boris Burkhard Carl Carsten Christian Christoph Claus Clemens Constantin Cornelius
Daniel David Dennis Detlef Dieter Dietmar Dirk Dominik Eberhard Eckart Edmund Egon Elias Emil Erich Erik Ernst
Erwin Eugen Fabian Felix Ferdinand Finn Florian Frank Franz Friedrich Fritz Georg Gerd Gerhard Gregor Günter
Günther Gustav Hannes Hans Harald Hartmut Heiko Heinrich Heinz Helmut Helmuth Hendrik Henning Henrik Herbert
Hermann Holger Horst Hubert Hubertus Hugo Ingo Jakob Jan Jens Jochen Joachim Johann Johannes Jonas Jonathan
Jörg Josef Joseph Jürgen Julian Justus Kai Karl Karsten Kevin Klaus Konrad Konstantin Kurt Lars Leon Leonhard
Lothar Lukas Lutz Malte Manfred Manuel Marc Marcel Marco Mario Marius Markus Marcus Martin Mathias Matthias
Max Maximilian Michael Mike Moritz Niklas Nico Nikolaus Nils Norbert Olaf Oliver Oskar Otto Pascal Patrick Paul
Peter Philipp Rainer Ralf Ralph Reiner Reinhard René Rene Richard Robert Roland Rolf Rudolf Rüdiger Sascha
Sebastian Siegfried Simon Stefan Steffen Stephan Sven Theo Thilo Thomas Thorsten Till Tim Timo Tobias Tom
Torsten Udo Ulf Ulrich Uwe Valentin Viktor Volker Walter Werner Wilhelm Winfried Wolfgang Wolfram Yannick
Agnes Alexandra Alina Amelie Andrea Angela Angelika Anja Anke Anna Anne Annalena Annette Antje Astrid Barbara
Beate Bettina Bianca Birgit Brigitte Carina Carla Carmen Carola Caroline Charlotte Christa Christiane Christina
Christine Claudia Cornelia Dagmar Daniela Doris Dorothea Dorothee Edith Elena Elisabeth Elke Ella Emilia Emma
Erika Eva Franziska Frauke Friederike Gabi Gabriele Gerda Gertrud Gisela Greta Grete Hanna Hannah Hannelore
Heidi Heike Helene Helga Hildegard Ilse Ina Ines Inge Ingrid Irene Iris Isabel Isabell Jana Janina Jasmin
Jennifer Jessica Johanna Judith Julia Juliane Jutta Karin Katarina Katharina Kathrin Katja Katrin Kerstin
Klara Kristina Laura Lea Lena Lina Linda Lisa Luise Magdalena Maja Manuela Mareike Margarete Margit Maria
Marie Marion Marlene Martina Melanie Michaela Miriam Monika Nadine Nadja Natalie Nicole Nina Nora Petra Pia
Ramona Regina Renate Rita Rosemarie Ruth Sabine Sabrina Sandra Sara Sarah Saskia Silke Simone Sonja Sophia
Sophie Stefanie Stephanie Susanne Svenja Tanja Theresa Tina Ulla Ulrike Ursula Ute Vanessa Vera Verena
Veronika Viktoria Waltraud Wiebke Yvonne
Aaron Alan Alex Andrew Andy Anthony Arthur Barry Ben Bernard Bill Billy Bob Bobby Brad Bradley Brandon
Brendan Brett Brian Bruce Bryan Carlos Charles Charlie Chris Christopher Chuck Clint Colin Craig Curtis Dale
Dan Danny Darren Dave Derek Don Donald Doug Douglas Drew Duncan Dustin Dwight Dylan Ed Eddie Edward Elliot
Eric Ethan Evan Fred Gary Gavin Geoffrey George Gerald Glenn Gordon Graham Greg Gregory Hank Harold Harry
Harvey Henry Howard Hugh Ian Isaac Jack Jacob Jake James Jamie Jared Jason Jay Jeff Jeffrey Jeremy Jerome
Jerry Jesse Jim Jimmy Joe Joel John Johnny Jon Josh Joshua Justin Keith Ken Kenneth Kirk Kyle Larry Lawrence
Leonard Lewis Liam Lloyd Logan Louis Luke Marvin Matt Matthew Mitch Mitchell Nathan Neil Nicholas Nick Noah
Norman Owen Pete Phil Philip Randy Ray Raymond Rick Rob Rodney Roger Ron Ronald Ross Roy Russell Ryan Sam
Samuel Scott Sean Seth Shane Stanley Stephen Steve Steven Stuart Ted Terry Timothy Todd Tommy Tony Travis
Trevor Troy Tyler Victor Vincent Warren Wayne Wesley William Zach Zachary
Abigail Alice Alicia Alison Allison Amanda Amber Amy Ann Annie Ashley Audrey Betty Beth Beverly Brenda
Brittany Carol Carrie Catherine Cathy Cheryl Chloe Cindy Claire Clara Courtney Cynthia Dana Danielle
Deborah Debbie Denise Diana Diane Donna Dorothy Eleanor Elizabeth Ellen Emily Erica Erin Evelyn Fiona
Frances Gail Gloria Harriet Heather Helen Holly Isabella Jacqueline Jane Janet Janice Jean Jenny Jill Joan
Joanna Joanne Josephine Joyce Judy Julie Karen Kate Katherine Kathleen Kathryn Kathy Katie Kelly Kim
Kimberly Kristen Kristin Lauren Leslie Lily Lindsey Lois Lori Louise Lucy Lydia Lynn Madison Margaret
Marilyn Martha Mary Maureen Megan Meghan Melissa Michelle Molly Monica Nancy Naomi Norma Olivia Pamela
Patricia Paula Peggy Penny Phyllis Rachel Rebecca Roberta Sally Samantha Sharon Sheila Shirley Stacy Susan
Suzanne Sylvia Tammy Teresa Tiffany Tracy Valerie Virginia Wendy Whitney Zoe Kamala Hillary
Alain Antoine Bruno Christophe Claude Didier Emmanuel Étienne Fabien François Frédéric Gabriel Gérard
Guillaume Henri Hervé Jacques Jean-Luc Jean-Pierre Jean-Claude Jean-Marc Jérôme Julien Laurent Luc Mathieu
Michel Nicolas Olivier Philippe Pierre Rémi Sébastien Stéphane Thierry Xavier Yves Agnès Amélie Brigitte
Camille Cécile Chantal Élise Élisabeth Émilie Hélène Isabelle Jeanne Juliette Léa Marine Martine Mathilde
Nathalie Océane Pauline Sandrine Ségolène Sylvie Valérie Véronique Virginie Ursula
Alessandro Antonio Carlo Davide Enrico Fabio Federico Francesco Giacomo Gianni Giorgio Giovanni Giuseppe
Lorenzo Luca Luigi Massimo Matteo Paolo Pietro Riccardo Roberto Salvatore Sergio Stefano Tommaso Vittorio
Alessandra Chiara Francesca Giorgia Giulia Lucia Paola Silvia Valentina Sergio Matteo Mario
Alejandro Alberto Alfonso Álvaro Andrés Ángel Diego Eduardo Emilio Enrique Felipe Fernando Francisco
Gonzalo Guillermo Gustavo Ignacio Javier Jesús Joaquín Jorge José Juan Luis Miguel Nicolás Pablo Pedro
Rafael Ramón Raúl Ricardo Rodrigo Sergio João Paulo Luiz Jair Ana Beatriz Camila Cristina Gabriela Isabel
Lucía Luisa Marta Pilar Rosa Sofía Valeria Ximena Inês
Anders Bjørn Espen Fredrik Håkon Johan Magnus Mats Mikael Olav Ole Rasmus Sivert Stig Thor Tore Vetle Sturla
Tarjei Jonas Mette Elin Sigrid Kari Liv Marit Siri Solveig Linnea Ebba Frida Tuva Ida Ingvild Karoline Bram
Daan Joost Jeroen Kees Maarten Pieter Ruud Sander Wouter Geert Femke Marieke Sanne Mark
Andrzej Jarosław Krzysztof Łukasz Marek Mateusz Paweł Piotr Tomasz Wojciech Zbigniew Donald Radosław
Agnieszka Ewa Katarzyna Małgorzata Petr Jiří Pavel Tomáš Václav Lenka Viktor Péter Zoltán László
Alexei Alexej Aleksei Alexey Andrei Andrej Anatoli Anatoly Dmitri Dmitry Dmitrij Dmytro Fyodor Igor Ivan Iwan
Juri Yuri Yury Maxim Mikhail Michail Nikolai Nikolaj Oleg Oleksandr Oleksiy Pawel Sergei Sergej Sergey
Serhiy Vladimir Wladimir Volodymyr Wolodymyr Vitali Witali Wiktor Vasily Wassili Yevgeny Jewgeni Georgi
Georgy Gennadi Valery Waleri Mykola Petro Taras Arseniy Denys Ramzan Olena Olga Irina Iryna Natalia Natalja
Tatiana Tatjana Svetlana Swetlana Yulia Julija Anastasia Ekaterina Jekaterina Jelena Marina Oksana Ljudmila
Lyudmila Walentina Xenia Ksenia Daria Darja Yelena Yekaterina Alla Galina
Ahmet Ahmed Ali Mehmet Mustafa Murat Emre Hakan Burak Cem Kemal Recep Hasan Hassan Hussein Hüseyin
İbrahim Ibrahim Ismail Mahmoud Mohammed Mohammad Muhammad Mohamed Omar Osman Yusuf Youssef Khalid Abdul
Abdullah Ayşe Fatma Elif Zeynep Aylin Leyla Fatima Aisha Amina Mariam Nour Samir Karim Tarek Walid Rami
Hamid Reza Javad Abbas Bashar Masoud Ebrahim Hossein Naftali Yair Avi Moshe Yitzhak Benny Itamar Gideon
Amit Anil Arun Ashok Deepak Raj Rajesh Ravi Sanjay Sunil Vijay Narendra Rahul Priya Sunita Anita Pooja
Hiroshi Takeshi Kenji Yuki Akira Taro Ichiro Naoki Kenta Shinji Haruki Shinzo Fumio Yoshihide Shigeru
Yoko Keiko Yuko Sanae
Kim Lee Park Choi Jung Kang Cho Yoon Moon Jang Lim Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko Xi Wang Zhang
Liu Chen Yang Zhao Huang Zhou Wu Xu Zhu Guo Luo Gao Zheng Liang Xie Tang Han Feng Deng Cao Peng Zeng Xiao
Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Lu Ding Shen Yao Cui Tan Fan Jin Shi Qin Lai Tsai Ko Hou
"""

GIVEN = frozenset(n.lower() for n in GIVEN_NAMES.split())  # lower case, for lookups
